//! `#[derive(Trace)]` for weakgc.
//!
//! Generates `Trace::trace` calling `trace` on every field (structs) or every field of the active
//! variant (enums). Attributes:
//! - `#[trace(skip)]` on a field: it holds no handles (or its type does not implement `Trace`).
//! - `#[trace(label)]` on a field of a struct (with `skip` or without): `Trace::label` is the
//!   field's `to_string()`, shown in retention paths (`Session "alice"`).
//! - `#[trace(finalizer)]` on the type: `Trace::has_finalizer` is `true`, so each object is queued
//!   for its finalizer (Python's `__del__`) when it dies.
//! - `#[trace(name = "Session")]` on the type: `Trace::type_name`, shown in censuses, errors and
//!   retention paths (default: the Rust type's name without its path).
//! - `#[trace(label = "path::to::fn")]` on the type: `Trace::label` is `fn(&Self) -> Option<String>`
//!   (for enums, or labels made of several fields).
//! - `#[trace(crate = "path")]` on the type: where `Trace` and `Tracer` live (default `::weakgc`;
//!   inside weakgc's own crates, e.g. `weakgc_heap`).
//! - `#[trace(bound = "T: Trace, ...")]` on the type: the where-clause predicates the impl needs,
//!   replacing the inferred ones (`""` for none).
//!
//! Bounds, as serde infers them: a type parameter is bounded by `Trace` only if it appears in the
//! type of a traced field, outside the arguments of `PhantomData`, `Gc` and `Weak` (which are
//! `Trace` for every argument). So a parameter used only by `#[trace(skip)]` fields needs no
//! `Trace` impl. Every type parameter is bounded by `'static` (heap objects are `'static`).
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

/// The type's `#[trace(...)]` options.
struct TypeOptions {
    krate: Path,
    /// `bound = "..."`, if given.
    bound: Option<Vec<syn::WherePredicate>>,
    /// `finalizer`: `has_finalizer()` is `true`.
    finalizer: bool,
    /// `name = "..."`: the `type_name()`.
    name: Option<syn::LitStr>,
    /// `label = "path"`: the function giving `label()`.
    label: Option<Path>,
}

fn type_options(input: &DeriveInput) -> syn::Result<TypeOptions> {
    let mut options = TypeOptions {
        krate: syn::parse_quote!(::weakgc),
        bound: None,
        finalizer: false,
        name: None,
        label: None,
    };
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("trace")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                options.krate = lit.parse()?;
                Ok(())
            } else if meta.path.is_ident("bound") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                let predicates = lit.parse_with(
                    syn::punctuated::Punctuated::<syn::WherePredicate, syn::Token![,]>::parse_terminated,
                )?;
                options.bound = Some(predicates.into_iter().collect());
                Ok(())
            } else if meta.path.is_ident("finalizer") {
                options.finalizer = true;
                Ok(())
            } else if meta.path.is_ident("name") {
                options.name = Some(meta.value()?.parse()?);
                Ok(())
            } else if meta.path.is_ident("label") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                options.label = Some(lit.parse()?);
                Ok(())
            } else {
                Err(meta.error(
                    "unknown attribute on the type: the valid options are `crate = \"path\"`, \
                     `bound = \"predicates\"`, `finalizer`, `name = \"TypeName\"` and \
                     `label = \"path::to::fn\"`",
                ))
            }
        })?;
    }
    Ok(options)
}

/// Adds to `used` every name of `params` that `tokens` mentions, except inside the generic
/// arguments of `PhantomData`, `Gc` and `Weak`, which are `Trace` whatever their arguments.
fn mentioned_params(tokens: TokenStream2, params: &[syn::Ident], used: &mut Vec<syn::Ident>) {
    use proc_macro2::TokenTree;
    let mut skip_depth = 0usize;
    let mut depth = 0usize;
    let mut skip_next_generics = false;
    for tt in tokens {
        match tt {
            TokenTree::Group(g) => {
                skip_next_generics = false;
                if skip_depth == 0 {
                    mentioned_params(g.stream(), params, used);
                }
            }
            TokenTree::Punct(p) if p.as_char() == '<' => {
                depth += 1;
                if skip_next_generics && skip_depth == 0 {
                    skip_depth = depth;
                }
                skip_next_generics = false;
            }
            TokenTree::Punct(p) if p.as_char() == '>' => {
                if skip_depth == depth {
                    skip_depth = 0;
                }
                depth = depth.saturating_sub(1);
            }
            TokenTree::Ident(id) => {
                skip_next_generics = id == "PhantomData" || id == "Gc" || id == "Weak";
                if skip_depth == 0 && params.contains(&id) && !used.contains(&id) {
                    used.push(id);
                }
            }
            _ => skip_next_generics = false,
        }
    }
}

/// The type parameters that traced fields' types mention (see [`mentioned_params`]).
fn traced_params(input: &DeriveInput) -> syn::Result<Vec<syn::Ident>> {
    let params: Vec<syn::Ident> = input
        .generics
        .type_params()
        .map(|p| p.ident.clone())
        .collect();
    let mut used = Vec::new();
    let fields: Vec<&syn::Field> = match &input.data {
        Data::Struct(s) => s.fields.iter().collect(),
        Data::Enum(e) => e.variants.iter().flat_map(|v| v.fields.iter()).collect(),
        Data::Union(_) => Vec::new(),
    };
    for field in fields {
        if !is_skipped(field)? {
            let ty = &field.ty;
            mentioned_params(quote!(#ty), &params, &mut used);
        }
    }
    Ok(used)
}

/// A field's `#[trace(...)]` options: `(skip, label)`.
fn field_options(field: &syn::Field) -> syn::Result<(bool, bool)> {
    let mut skip = false;
    let mut label = false;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("trace")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("skip") {
                skip = true;
                Ok(())
            } else if meta.path.is_ident("label") {
                label = true;
                Ok(())
            } else {
                Err(meta.error(
                    "unknown attribute on a field: the valid options are `skip` and `label`",
                ))
            }
        })?;
    }
    Ok((skip, label))
}

fn is_skipped(field: &syn::Field) -> syn::Result<bool> {
    Ok(field_options(field)?.0)
}

/// The body of `label()`, from the type's `label = "fn"` or a struct field's `#[trace(label)]`.
fn label_body(input: &DeriveInput, label_fn: Option<&Path>) -> syn::Result<Option<TokenStream2>> {
    let mut found: Option<(TokenStream2, proc_macro2::Span)> = None;
    let fields: Vec<&syn::Field> = match &input.data {
        Data::Struct(s) => s.fields.iter().collect(),
        Data::Enum(e) => e.variants.iter().flat_map(|v| v.fields.iter()).collect(),
        Data::Union(_) => Vec::new(),
    };
    for (i, field) in fields.into_iter().enumerate() {
        if !field_options(field)?.1 {
            continue;
        }
        let span = field
            .ident
            .as_ref()
            .map_or_else(proc_macro2::Span::call_site, |id| id.span());
        if matches!(input.data, Data::Enum(_)) {
            return Err(syn::Error::new(
                span,
                "`#[trace(label)]` on an enum's field: use `#[trace(label = \"path::to::fn\")]` \
                 on the enum instead",
            ));
        }
        if found.is_some() || label_fn.is_some() {
            return Err(syn::Error::new(
                span,
                "one label per type: a single `#[trace(label)]` field or the type's \
                 `label = \"fn\"`",
            ));
        }
        let member = match &field.ident {
            Some(id) => quote!(#id),
            None => {
                let idx = syn::Index::from(i);
                quote!(#idx)
            }
        };
        found = Some((
            quote!(::std::option::Option::Some(::std::string::ToString::to_string(&self.#member))),
            span,
        ));
    }
    Ok(match (found, label_fn) {
        (Some((body, _)), _) => Some(body),
        (None, Some(f)) => Some(quote!(#f(self))),
        (None, None) => None,
    })
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
    let TypeOptions {
        krate,
        bound,
        finalizer,
        name: type_name,
        label,
    } = type_options(&input)?;
    let label = label_body(&input, label.as_ref())?;
    let mut extra = Vec::new();
    if finalizer {
        extra.push(quote!(
            fn has_finalizer(&self) -> bool {
                true
            }
        ));
    }
    if let Some(type_name) = type_name {
        extra.push(quote!(fn type_name(&self) -> &str { #type_name }));
    }
    if let Some(label) = label {
        extra.push(
            quote!(fn label(&self) -> ::std::option::Option<::std::string::String> { #label }),
        );
    }
    let name = &input.ident;
    let mut generics = input.generics.clone();
    let predicates = match bound {
        Some(predicates) => predicates,
        None => traced_params(&input)?
            .into_iter()
            .map(|t| syn::parse_quote!(#t: #krate::Trace))
            .collect(),
    };
    let statics: Vec<syn::WherePredicate> = generics
        .type_params()
        .map(|p| {
            let t = &p.ident;
            syn::parse_quote!(#t: 'static)
        })
        .collect();
    generics
        .make_where_clause()
        .predicates
        .extend(statics.into_iter().chain(predicates));
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
            #(#extra)*
        }
    })
}
