//! `#[derive(Trace)]` for weakheap.
//!
//! Generates `Trace::trace` calling `trace` on every field (structs) or every field of the active
//! variant (enums). Attributes:
//! - `#[trace(skip)]` on a field: it holds no handles (or its type does not implement `Trace`).
//! - `#[trace(crate = "path")]` on the type: where `Trace` and `Tracer` live (default `::weakheap`;
//!   inside weakheap's own crates, e.g. `weakheap_heap`).
//!
//! Misuse is a compile error naming the valid options.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::{format_ident, quote};
use syn::{parse_macro_input, Data, DeriveInput, Fields, Path};

/// Derives `Trace` by tracing every field not marked `#[trace(skip)]`.
#[proc_macro_derive(Trace, attributes(trace))]
pub fn derive_trace(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand(input) {
        Ok(ts) => ts.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn crate_path(input: &DeriveInput) -> syn::Result<Path> {
    let mut path: Path = syn::parse_quote!(::weakheap);
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("trace")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                path = lit.parse()?;
                Ok(())
            } else {
                Err(meta
                    .error("unknown attribute on the type: the valid option is `crate = \"path\"`"))
            }
        })?;
    }
    Ok(path)
}

fn is_skipped(field: &syn::Field) -> syn::Result<bool> {
    let mut skip = false;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("trace")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("skip") {
                skip = true;
                Ok(())
            } else {
                Err(meta.error("unknown attribute on a field: the valid option is `skip`"))
            }
        })?;
    }
    Ok(skip)
}

/// `(pattern, body)` tracing each kept field of `fields`, bound by reference.
fn fields_pattern(fields: &Fields, krate: &Path) -> syn::Result<(TokenStream2, TokenStream2)> {
    let mut binds = Vec::new();
    let mut calls = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        let name = format_ident!("__f{}", i);
        let member = match &field.ident {
            Some(id) => quote!(#id),
            None => {
                let idx = syn::Index::from(i);
                quote!(#idx)
            }
        };
        binds.push(quote!(#member: #name));
        if !is_skipped(field)? {
            calls.push(quote!(#krate::Trace::trace(#name, tracer);));
        }
    }
    Ok((quote!({ #(#binds,)* .. }), quote!(#(#calls)*)))
}

fn expand(input: DeriveInput) -> syn::Result<TokenStream2> {
    let krate = crate_path(&input)?;
    let name = &input.ident;
    let mut generics = input.generics.clone();
    for param in generics.type_params_mut() {
        param.bounds.push(syn::parse_quote!(#krate::Trace));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let body = match &input.data {
        Data::Struct(s) => {
            let (pat, calls) = fields_pattern(&s.fields, &krate)?;
            quote!(let Self #pat = self; #calls)
        }
        Data::Enum(e) => {
            let mut arms = Vec::new();
            for v in &e.variants {
                let vname = &v.ident;
                let (pat, calls) = fields_pattern(&v.fields, &krate)?;
                arms.push(quote!(Self::#vname #pat => { #calls }));
            }
            quote!(match self { #(#arms)* })
        }
        Data::Union(u) => {
            return Err(syn::Error::new(
                u.union_token.span,
                "Trace cannot be derived for unions: implement it by hand",
            ))
        }
    };
    Ok(quote! {
        impl #impl_generics #krate::Trace for #name #ty_generics #where_clause {
            #[allow(unused_variables)]
            fn trace(&self, tracer: &mut #krate::Tracer) {
                #body
            }
        }
    })
}
