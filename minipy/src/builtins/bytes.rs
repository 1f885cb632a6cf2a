//! `bytes`: an immutable byte string (`ObjKind::Bytes`), as CPython 3.11 has it: the repr,
//! construction (`bytes(n)`, `bytes(iterable)`, `bytes(str, encoding)`), indexing to ints, slicing,
//! `in`, `+`, `*`, its common methods, `str.encode`/`bytes.decode` through `builtins::codecs`,
//! `bytes.hex`/`fromhex` and `int.to_bytes`/`from_bytes`. No `%` formatting and no `bytearray`:
//! both raise errors naming them.

use std::rc::Rc;

use super::codecs::{self, Codec, CodecError};
use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};
use crate::runtime::slice::{slice_indices, SliceBounds};
use crate::runtime::types::TypeTag;
use crate::syntax::ast::{BinOp, Name};

pub use crate::runtime::builtin_id::is_bytes_method;

/// CPython's `repr` of a bytes object: `b'...'`, double quotes only when the data has a single
/// quote and no double quote; printable ASCII as is, `\t`, `\n`, `\r`, `\\`, and `\xNN` for the rest.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            _ if char::from(b) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// ASCII whitespace, as `bytes.split()` and `strip()` use it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Where `needle` first occurs in `hay` (empty needle: at 0).
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Where `needle` last occurs in `hay` (empty needle: at the end).
fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Python's `start`/`end` arguments clamped into `0..=len`.
fn clamp_range(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let fix = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    (start.map_or(0, fix), end.map_or(len, fix))
}

/// Where `Interp::byte_items` gets its bytes from, for its error messages.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ByteSource {
    /// `ba += x`: bytes-like only.
    Concat,
    /// `ba.extend(x)`: bytes-like or an iterable of ints.
    Extend,
    /// `ba[i:j] = x`: bytes-like or an iterable of ints.
    Assign,
}

impl Interp {
    /// A new `bytes` object.
    pub fn bytes_value(&mut self, data: Vec<u8>) -> PyResult<Value> {
        self.alloc(ObjKind::Bytes(data.into()))
    }

    /// The data of `v` if it is a bytes-like object (`bytes`, or a copy of a `bytearray`'s).
    pub fn bytes_of(&self, v: Value) -> Option<Rc<[u8]>> {
        // An instance of a `bytes` subclass reads as the bytes it holds.
        let v = self.unwrap_value(v);
        match self.obj(v) {
            ObjKind::Bytes(b) => Some(b.clone()),
            ObjKind::ByteArray(b) => Some(Rc::from(b.as_slice())),
            _ => None,
        }
    }

    /// `bytearray(...)`: the arguments `bytes()` takes, into a mutable buffer.
    pub(crate) fn bytearray_new(
        &mut self,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let b = self.bytes_new(args, kwargs)?;
        let data = self.bytes_of(b).map(|d| d.to_vec()).unwrap_or_default();
        self.alloc(ObjKind::ByteArray(data))
    }

    /// The bytes of `v` for `bytearray.extend`, slice assignment and `+=`: a bytes-like object,
    /// or (unless `bytes_like_only`) any iterable of ints in range(0, 256).
    pub(crate) fn byte_items(&mut self, v: Value, what: ByteSource) -> PyResult<Vec<u8>> {
        if let Some(b) = self.bytes_of(v) {
            return Ok(b.to_vec());
        }
        let t = self.type_name(v);
        match what {
            ByteSource::Concat => {
                return Err(self.type_error(format!("can't concat {t} to bytearray")));
            }
            ByteSource::Extend
                if !self.is_iterable(v) || matches!(self.obj(v), ObjKind::Str(_)) =>
            {
                let msg = if matches!(self.obj(v), ObjKind::Str(_)) {
                    "expected iterable of integers; got: 'str'".to_string()
                } else {
                    format!("can't extend bytearray with {t}")
                };
                return Err(self.type_error(msg));
            }
            ByteSource::Assign
                if !self.is_iterable(v) || matches!(self.obj(v), ObjKind::Str(_)) =>
            {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            _ => {}
        }
        let items = self.collect_iter(v)?;
        items.into_iter().map(|i| self.expect_byte(i)).collect()
    }

    /// `ba + data` for `+=`: only bytes-like data.
    pub(crate) fn bytes_like_items(&mut self, v: Value) -> PyResult<Vec<u8>> {
        self.byte_items(v, ByteSource::Concat)
    }

    /// `ba[i] = byte`.
    pub(crate) fn bytearray_setitem(
        &mut self,
        ba: Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let i = self.bytearray_index(ba, key)?;
        let byte = self.expect_byte(value)?;
        if let ObjKind::ByteArray(b) = self.obj_mut(ba) {
            b[i] = byte;
        }
        Ok(())
    }

    /// `del ba[i]`.
    pub(crate) fn bytearray_delitem(&mut self, ba: Value, key: Value) -> PyResult<()> {
        let i = self.bytearray_index(ba, key)?;
        if let ObjKind::ByteArray(b) = self.obj_mut(ba) {
            b.remove(i);
        }
        Ok(())
    }

    /// Index `key` of bytearray `ba`, wrapped and checked.
    pub(crate) fn bytearray_index(&mut self, ba: Value, key: Value) -> PyResult<usize> {
        let len = match self.obj(ba) {
            ObjKind::ByteArray(b) => b.len() as i64,
            _ => 0,
        };
        let Some(i) = self.as_int(key) else {
            let t = self.type_name(key);
            return Err(self.type_error(format!(
                "bytearray indices must be integers or slices, not {t}"
            )));
        };
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(self.err(Exc::IndexError, "bytearray index out of range"));
        }
        Ok(j as usize)
    }

    /// `ba[lower:upper:step] = data`.
    pub(crate) fn bytearray_set_slice(
        &mut self,
        ba: Value,
        bounds: SliceBounds,
        value: Value,
    ) -> PyResult<()> {
        let data = self.byte_items(value, ByteSource::Assign)?;
        self.bytearray_set_slice_items(ba, bounds, Some(data))
    }

    /// Replaces (or, for `None`, deletes) the bytes a slice selects. A step of 1 takes data of
    /// any length; another step needs exactly as many bytes as the slice has.
    pub(crate) fn bytearray_set_slice_items(
        &mut self,
        ba: Value,
        bounds: SliceBounds,
        data: Option<Vec<u8>>,
    ) -> PyResult<()> {
        let len = match self.obj(ba) {
            ObjKind::ByteArray(b) => b.len(),
            _ => 0,
        };
        if bounds.2.unwrap_or(1) == 1 {
            let (start, stop) = crate::runtime::slice::contiguous_range(len, bounds);
            if let ObjKind::ByteArray(b) = self.obj_mut(ba) {
                b.splice(start..stop, data.unwrap_or_default());
            }
            return Ok(());
        }
        let mut picked = slice_indices(len, bounds);
        match data {
            Some(data) => {
                if data.len() != picked.len() {
                    return Err(self.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        data.len(),
                        picked.len()
                    )));
                }
                if let ObjKind::ByteArray(b) = self.obj_mut(ba) {
                    for (i, byte) in picked.into_iter().zip(data) {
                        b[i] = byte;
                    }
                }
            }
            None => {
                picked.sort_unstable();
                if let ObjKind::ByteArray(b) = self.obj_mut(ba) {
                    for i in picked.into_iter().rev() {
                        b.remove(i);
                    }
                }
            }
        }
        Ok(())
    }

    /// The mutators of `bytearray` (its other methods are `bytes`').
    pub(crate) fn bytearray_method(
        &mut self,
        id: Builtin,
        recv: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        let Some(len) = (match self.obj(recv) {
            ObjKind::ByteArray(b) => Some(b.len()),
            _ => None,
        }) else {
            let t = self.type_name(recv);
            return Err(self.type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{t}' object"
            )));
        };
        let none = self.none();
        match id {
            B::BaAppend => {
                self.check_arity(name, args, 1, 1)?;
                let byte = self.expect_byte(args[0])?;
                self.bytearray_edit(recv, |b| b.push(byte));
                Ok(none)
            }
            B::BaExtend => {
                self.check_arity(name, args, 1, 1)?;
                let data = self.byte_items(args[0], ByteSource::Extend)?;
                self.bytearray_edit(recv, |b| b.extend_from_slice(&data));
                Ok(none)
            }
            B::BaPop => {
                self.check_arity(name, args, 0, 1)?;
                if len == 0 {
                    return Err(self.err(Exc::IndexError, "pop from empty bytearray"));
                }
                let i = match args.first() {
                    Some(&v) => self.index_int(v)?,
                    None => -1,
                };
                let j = if i < 0 { i + len as i64 } else { i };
                if j < 0 || j >= len as i64 {
                    return Err(self.err(Exc::IndexError, "pop index out of range"));
                }
                let mut popped = 0;
                self.bytearray_edit(recv, |b| popped = b.remove(j as usize));
                self.int_value(i64::from(popped))
            }
            B::BaInsert => {
                self.check_arity(name, args, 2, 2)?;
                let i = self.index_int(args[0])?;
                let byte = self.expect_byte(args[1])?;
                let at = if i < 0 {
                    (i + len as i64).max(0) as usize
                } else {
                    (i as usize).min(len)
                };
                self.bytearray_edit(recv, |b| b.insert(at, byte));
                Ok(none)
            }
            B::BaRemove => {
                self.check_arity(name, args, 1, 1)?;
                let byte = self.expect_byte(args[0])?;
                let data = self.bytes_of(recv).unwrap_or_else(|| Rc::from(&[][..]));
                let Some(at) = data.iter().position(|&c| c == byte) else {
                    return Err(self.value_error("value not found in bytearray"));
                };
                self.bytearray_edit(recv, |b| {
                    b.remove(at);
                });
                Ok(none)
            }
            B::BaClear => {
                self.check_arity(name, args, 0, 0)?;
                self.bytearray_edit(recv, Vec::clear);
                Ok(none)
            }
            B::BaReverse => {
                self.check_arity(name, args, 0, 0)?;
                self.bytearray_edit(recv, |b| b.reverse());
                Ok(none)
            }
            _ => {
                self.check_arity(name, args, 0, 0)?;
                let data = self.bytes_of(recv).map(|d| d.to_vec()).unwrap_or_default();
                self.alloc(ObjKind::ByteArray(data))
            }
        }
    }

    /// Runs `edit` on the bytes of bytearray `ba`.
    fn bytearray_edit(&mut self, ba: Value, edit: impl FnOnce(&mut Vec<u8>)) {
        if let ObjKind::ByteArray(b) = self.obj_mut(ba) {
            edit(b);
        }
    }

    /// A result of a `bytes` method called on a bytearray, as the bytearray method returns it:
    /// each `bytes` in it (itself, or items of a list or tuple) becomes a `bytearray`.
    fn as_bytearray_result(&mut self, r: Value) -> PyResult<Value> {
        match self.obj(r) {
            ObjKind::Bytes(b) => {
                let data = b.to_vec();
                self.alloc(ObjKind::ByteArray(data))
            }
            ObjKind::List(items) | ObjKind::Tuple(items) => {
                let (items, list) = (items.clone(), matches!(self.obj(r), ObjKind::List(_)));
                self.push_temp(r);
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    let v = self.as_bytearray_result(item)?;
                    self.push_temp(v);
                    out.push(v);
                }
                self.alloc(if list {
                    ObjKind::List(out)
                } else {
                    ObjKind::Tuple(out)
                })
            }
            _ => Ok(r),
        }
    }

    /// A bytes-like argument, or CPython's `TypeError`.
    fn expect_bytes(&mut self, v: Value) -> PyResult<Rc<[u8]>> {
        match self.bytes_of(v) {
            Some(b) => Ok(b),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("a bytes-like object is required, not '{t}'")))
            }
        }
    }

    /// A byte given as an int (`b.find(97)`, `97 in b`).
    fn expect_byte(&mut self, v: Value) -> PyResult<u8> {
        let i = self.index_int(v)?;
        u8::try_from(i).map_err(|_| self.value_error("byte must be in range(0, 256)"))
    }

    /// An integer argument as `__index__` would take it, or CPython's `TypeError`.
    fn index_int(&mut self, v: Value) -> PyResult<i64> {
        match self.as_int(v) {
            Some(i) => Ok(i),
            None if self.big_int(v).is_some() => Ok(i64::MAX),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// What to search for: a bytes object or a single byte as an int.
    fn needle(&mut self, v: Value) -> PyResult<Vec<u8>> {
        if let Some(b) = self.bytes_of(v) {
            return Ok(b.to_vec());
        }
        if self.as_int(v).is_some() || self.big_int(v).is_some() {
            return Ok(vec![self.expect_byte(v)?]);
        }
        let t = self.type_name(v);
        Err(self.type_error(format!(
            "argument should be integer or bytes-like object, not '{t}'"
        )))
    }

    /// An optional int argument (`None` as absent), for `start`/`end`.
    fn opt_index(&mut self, v: Option<&Value>) -> PyResult<Option<i64>> {
        match v {
            None => Ok(None),
            Some(v) if matches!(self.obj(*v), ObjKind::None) => Ok(None),
            Some(v) => self.index_int(*v).map(Some),
        }
    }

    /// `bytes(...)`: `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(bytes)`,
    /// `bytes(str, encoding[, errors])`.
    pub(crate) fn bytes_new(
        &mut self,
        mut args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        for (k, v) in kwargs {
            let at = match &*k {
                "source" => 0,
                "encoding" => 1,
                "errors" => 2,
                _ => {
                    return Err(self
                        .type_error(format!("'{k}' is an invalid keyword argument for bytes()")))
                }
            };
            while args.len() <= at {
                args.push(self.none());
            }
            args[at] = v;
        }
        if args.len() > 3 {
            return Err(self.type_error(format!(
                "bytes() takes at most 3 arguments ({} given)",
                args.len()
            )));
        }
        let Some(&source) = args.first() else {
            return self.bytes_value(Vec::new());
        };
        if let ObjKind::Str(s) = self.obj(source) {
            let s = s.clone();
            if args.len() < 2 {
                return Err(self.type_error("string argument without an encoding"));
            }
            let data = self.encode_with(&s, &args[1..])?;
            return self.bytes_value(data);
        }
        if args.len() > 1 {
            let what = if matches!(self.obj(args[1]), ObjKind::None) {
                "errors"
            } else {
                "encoding"
            };
            return Err(self.type_error(format!("{what} without a string argument")));
        }
        match self.obj(source) {
            ObjKind::Bytes(b) => {
                let b = b.clone();
                self.alloc(ObjKind::Bytes(b))
            }
            ObjKind::Int(_) | ObjKind::Bool(_) | ObjKind::BigInt(_) => {
                let n = self.index_int(source)?;
                if n < 0 {
                    return Err(self.value_error("negative count"));
                }
                if n as usize > crate::eval::ops::MAX_SEQUENCE_LEN || self.over_limit(n as usize) {
                    return Err(self.memory_error());
                }
                self.bytes_value(vec![0; n as usize])
            }
            ObjKind::Float(_) | ObjKind::None => {
                let t = self.type_name(source);
                Err(self.type_error(format!("cannot convert '{t}' object to bytes")))
            }
            _ => {
                let items = self.collect_iter(source)?;
                let mut data = Vec::with_capacity(items.len());
                for item in items {
                    let i = self.index_int(item)?;
                    let b = u8::try_from(i)
                        .map_err(|_| self.value_error("bytes must be in range(0, 256)"))?;
                    data.push(b);
                }
                self.bytes_value(data)
            }
        }
    }

    /// `str(b, encoding[, errors])`: decoding.
    pub(crate) fn str_from_bytes(
        &mut self,
        mut args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        for (k, v) in kwargs {
            let at = match &*k {
                "object" => 0,
                "encoding" => 1,
                "errors" => 2,
                _ => {
                    return Err(
                        self.type_error(format!("'{k}' is an invalid keyword argument for str()"))
                    )
                }
            };
            while args.len() <= at {
                args.push(self.none());
            }
            args[at] = v;
        }
        if args.len() > 3 {
            return Err(self.type_error(format!(
                "str() takes at most 3 arguments ({} given)",
                args.len()
            )));
        }
        let Some(data) = self.bytes_of(args[0]) else {
            if matches!(self.obj(args[0]), ObjKind::Str(_)) {
                return Err(self.type_error("decoding str is not supported"));
            }
            let t = self.type_name(args[0]);
            return Err(self.type_error(format!(
                "decoding to str: need a bytes-like object, {t} found"
            )));
        };
        let text = self.decode_with(args[0], &data, &args[1..], "str")?;
        self.str_value(&text)
    }

    /// The codec and error handler named by `(encoding, errors)` arguments (either may be
    /// missing or `None`), checked as `method()`'s arguments.
    fn codec_args(&mut self, args: &[Value], method: &str) -> PyResult<(Codec, String)> {
        let mut names = ["utf-8".to_string(), "strict".to_string()];
        for (i, what) in ["encoding", "errors"].iter().enumerate() {
            match args.get(i).map(|v| self.obj(*v)) {
                None | Some(ObjKind::None) => {}
                Some(ObjKind::Str(s)) => names[i] = s.to_string(),
                Some(_) => {
                    let t = self.type_name(args[i]);
                    return Err(self
                        .type_error(format!("{method}() argument '{what}' must be str, not {t}")));
                }
            }
        }
        let [encoding, errors] = names;
        match Codec::lookup(&encoding) {
            Some(c) => Ok((c, errors)),
            None => Err(self.err(Exc::LookupError, format!("unknown encoding: {encoding}"))),
        }
    }

    /// `text.encode(*args)`.
    fn encode_with(&mut self, text: &str, args: &[Value]) -> PyResult<Vec<u8>> {
        let (codec, errors) = self.codec_args(args, "encode")?;
        match codecs::encode(text, codec, &errors) {
            Ok(b) => Ok(b),
            Err(e) => {
                let obj = self.str_value(text)?;
                Err(self.codec_error(e, obj))
            }
        }
    }

    /// `data.decode(*args)` where `data` is the bytes of `obj`.
    fn decode_with(
        &mut self,
        obj: Value,
        data: &[u8],
        args: &[Value],
        method: &str,
    ) -> PyResult<String> {
        let (codec, errors) = self.codec_args(args, method)?;
        codecs::decode(data, codec, &errors).map_err(|e| self.codec_error(e, obj))
    }

    /// The Python exception for a codec error on `obj` (the str or bytes being converted).
    fn codec_error(&mut self, e: CodecError, obj: Value) -> crate::runtime::exceptions::PyErr {
        let (exc, codec, start, end, reason) = match e {
            CodecError::Lookup(msg) => return self.err(Exc::LookupError, msg),
            CodecError::Decode {
                codec,
                start,
                end,
                reason,
            } => (Exc::UnicodeDecodeError, codec, start, end, reason),
            CodecError::Encode {
                codec,
                start,
                end,
                reason,
            } => (Exc::UnicodeEncodeError, codec, start, end, reason),
        };
        let made = (|| -> PyResult<Value> {
            let args = vec![
                self.str_value(codec.name())?,
                obj,
                self.int_value(start as i64)?,
                self.int_value(end as i64)?,
                self.str_value(reason)?,
            ];
            let class = self.exc_class(exc);
            let e = self.new_exception(class, args.clone())?;
            if let ObjKind::Instance(inst) = self.obj_mut(e) {
                for (name, v) in ["encoding", "object", "start", "end", "reason"]
                    .iter()
                    .zip(args)
                {
                    inst.attrs.set(Name::from(*name), v);
                }
            }
            Ok(e)
        })();
        match made {
            Ok(e) => crate::runtime::exceptions::PyErr::new(e),
            Err(e) => e,
        }
    }

    /// `str.encode(encoding='utf-8', errors='strict')`.
    pub(crate) fn str_encode(&mut self, text: &str, args: &[Value]) -> PyResult<Value> {
        self.check_arity("encode", args, 0, 2)?;
        let data = self.encode_with(text, args)?;
        self.bytes_value(data)
    }

    /// Binary operators with a bytes operand; `None` when they do not apply (the caller raises
    /// the usual `TypeError`).
    pub(crate) fn bytes_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let r = self.bytes_binop_data(op, a, b)?;
        // The left operand's type wins (`bytearray + bytes` is a bytearray), as in CPython;
        // `n * ba` takes the bytearray's.
        let array = matches!(self.obj(a), ObjKind::ByteArray(_))
            || (op == BinOp::Mul && matches!(self.obj(b), ObjKind::ByteArray(_)));
        match r {
            Some(v) if array => self.as_bytearray_result(v).map(Some),
            r => Ok(r),
        }
    }

    fn bytes_binop_data(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        match (op, self.bytes_of(a), self.bytes_of(b)) {
            (BinOp::Add, Some(x), Some(y)) => {
                let data = [&x[..], &y[..]].concat();
                self.bytes_value(data).map(Some)
            }
            (BinOp::Add, Some(_), None) => {
                let (t, own) = (self.type_name(b), self.type_name(a));
                Err(self.type_error(format!("can't concat {t} to {own}")))
            }
            (BinOp::Mul, Some(x), None) | (BinOp::Mul, None, Some(x)) => {
                let n = if self.bytes_of(a).is_some() { b } else { a };
                let Some(n) = self.as_int(n) else {
                    return Ok(None);
                };
                let n = n.max(0) as usize;
                let total = x.len().saturating_mul(n);
                if total > crate::eval::ops::MAX_SEQUENCE_LEN || self.over_limit(total) {
                    return Err(self.memory_error());
                }
                self.bytes_value(x.repeat(n)).map(Some)
            }
            (BinOp::Mod, Some(fmt), _) => {
                let data = self.bytes_percent_format(&fmt, b)?;
                self.bytes_value(data).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// `b[i]`: an int.
    pub(crate) fn bytes_index(&mut self, data: &[u8], key: Value) -> PyResult<Value> {
        let Some(i) = self.as_int(key) else {
            let t = self.type_name(key);
            return Err(
                self.type_error(format!("byte indices must be integers or slices, not {t}"))
            );
        };
        let j = if i < 0 { i + data.len() as i64 } else { i };
        if j < 0 || j >= data.len() as i64 {
            return Err(self.err(Exc::IndexError, "index out of range"));
        }
        self.int_value(i64::from(data[j as usize]))
    }

    /// `b[lower:upper:step]`.
    pub(crate) fn bytes_slice(&mut self, data: &[u8], bounds: SliceBounds) -> PyResult<Value> {
        let picked = slice_indices(data.len(), bounds)
            .into_iter()
            .map(|i| data[i])
            .collect();
        self.bytes_value(picked)
    }

    /// `item in data`.
    pub(crate) fn bytes_contains(&mut self, data: &[u8], item: Value) -> PyResult<bool> {
        if let Some(sub) = self.bytes_of(item) {
            return Ok(find(data, &sub).is_some());
        }
        if self.as_int(item).is_some() || self.big_int(item).is_some() {
            let b = self.expect_byte(item)?;
            return Ok(data.contains(&b));
        }
        let t = self.type_name(item);
        Err(self.type_error(format!("a bytes-like object is required, not '{t}'")))
    }

    /// The items of a bytes object, as ints (for iteration).
    pub(crate) fn bytes_items(&mut self, data: &[u8]) -> PyResult<Vec<Value>> {
        data.iter().map(|b| self.int_value(i64::from(*b))).collect()
    }

    /// `bytes.fromhex(string)`: pairs of hex digits, with ASCII whitespace between pairs.
    pub(crate) fn bytes_fromhex(&mut self, args: &[Value]) -> PyResult<Value> {
        // Called on the class (`bytes.fromhex(s)`) or an instance (`b.fromhex(s)`).
        let arg = match args {
            [s] => *s,
            [recv, s] if self.bytes_of(*recv).is_some() || self.is_class(*recv) => *s,
            _ => {
                return Err(self.type_error(format!(
                    "bytes.fromhex() takes exactly one argument ({} given)",
                    args.len()
                )))
            }
        };
        let s = match self.obj(arg) {
            ObjKind::Str(s) => s.clone(),
            _ => {
                let t = self.type_name(arg);
                return Err(self.type_error(format!("fromhex() argument must be str, not {t}")));
            }
        };
        let chars: Vec<char> = s.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        let bad = |this: &mut Interp, at: usize| {
            this.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {at}"
            ))
        };
        while i < chars.len() {
            if chars[i].is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let Some(hi) = chars[i].to_digit(16) else {
                return Err(bad(self, i));
            };
            let Some(lo) = chars.get(i + 1).and_then(|c| c.to_digit(16)) else {
                return Err(bad(self, i + 1));
            };
            out.push((hi * 16 + lo) as u8);
            i += 2;
        }
        self.bytes_value(out)
    }

    /// `int.to_bytes(length=1, byteorder='big', *, signed=False)`; `recv` is the int, or `None`
    /// when called on the class (`int.to_bytes(n, ...)`).
    pub(crate) fn int_to_bytes(
        &mut self,
        recv: Option<Value>,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        let mut args = args.to_vec();
        let n = match recv {
            Some(r) => r,
            None if !args.is_empty() => args.remove(0),
            None => {
                return Err(
                    self.type_error("descriptor 'to_bytes' of 'int' object needs an argument")
                )
            }
        };
        let [length, order, signed] =
            self.int_bytes_args("to_bytes", &args, kwargs, &["length", "byteorder"])?;
        let Some(value) = self.to_big(n) else {
            let t = self.type_name(n);
            return Err(self.type_error(format!(
                "descriptor 'to_bytes' for 'int' objects doesn't apply to a '{t}' object"
            )));
        };
        let length = match length {
            Some(v) => self.index_int(v)?,
            None => 1,
        };
        if length < 0 {
            return Err(self.value_error("length argument must be non-negative"));
        }
        let little = self.byteorder(order)?;
        let signed = match signed {
            Some(v) => self.truthy(v)?,
            None => false,
        };
        if !signed && value.sign() == num_bigint::Sign::Minus {
            return Err(self.err(Exc::OverflowError, "can't convert negative int to unsigned"));
        }
        let mut data = if signed {
            value.to_signed_bytes_be()
        } else {
            value.to_bytes_be().1
        };
        if data == [0] {
            data.clear();
        }
        let length = length as usize;
        if data.len() > length {
            return Err(self.err(Exc::OverflowError, "int too big to convert"));
        }
        let fill = if signed && value.sign() == num_bigint::Sign::Minus {
            0xff
        } else {
            0
        };
        let mut out = vec![fill; length - data.len()];
        out.extend_from_slice(&data);
        if little {
            out.reverse();
        }
        self.bytes_value(out)
    }

    /// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, on the class or an instance.
    pub(crate) fn int_from_bytes(
        &mut self,
        recv: Option<Value>,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        let mut args = args.to_vec();
        // `int.from_bytes(...)` passes no receiver; `(5).from_bytes(...)` passes the int. A
        // classmethod: for a subclass (`bool.from_bytes`, `True.from_bytes`) the result is
        // the class called with the int.
        let class = match recv {
            Some(r) if self.is_class(r) => Some(r),
            Some(r) => Some(self.type_of(r)),
            None if args.first().is_some_and(|a| self.is_class(*a)) => Some(args.remove(0)),
            None => None,
        };
        let [source, order, signed] =
            self.int_bytes_args("from_bytes", &args, kwargs, &["bytes", "byteorder"])?;
        let Some(source) = source else {
            return Err(self.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
        };
        let data: Vec<u8> = match self.bytes_of(source) {
            Some(b) => b.to_vec(),
            None => {
                if matches!(self.obj(source), ObjKind::Str(_)) {
                    return Err(self.type_error("cannot convert 'str' object to bytes"));
                }
                let b = self.bytes_new(vec![source], Vec::new())?;
                self.bytes_of(b).map(|b| b.to_vec()).unwrap_or_default()
            }
        };
        let little = self.byteorder(order)?;
        let signed = match signed {
            Some(v) => self.truthy(v)?,
            None => false,
        };
        let mut data = data;
        if little {
            data.reverse();
        }
        let value = if signed {
            num_bigint::BigInt::from_signed_bytes_be(&data)
        } else {
            num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
        };
        let v = self.big_value(value)?;
        match class {
            Some(c) if c != self.type_class(TypeTag::Int) => self.call(c, vec![v], Vec::new()),
            _ => Ok(v),
        }
    }

    /// The two positional-or-keyword parameters of `to_bytes`/`from_bytes` and the keyword-only
    /// `signed`.
    fn int_bytes_args(
        &mut self,
        method: &str,
        args: &[Value],
        kwargs: &[(Name, Value)],
        names: &[&str; 2],
    ) -> PyResult<[Option<Value>; 3]> {
        // CPython's order: the count of all arguments, of the positional ones, a missing
        // required one (`from_bytes`' `bytes`), then keywords that match no parameter.
        let given = args.len() + kwargs.len();
        if given > 3 {
            return Err(self.type_error(format!(
                "{method}() takes at most 3 arguments ({given} given)"
            )));
        }
        if args.len() > 2 {
            return Err(self.type_error(format!(
                "{method}() takes at most 2 positional arguments ({} given)",
                args.len()
            )));
        }
        let mut out = [args.first().copied(), args.get(1).copied(), None];
        let mut unknown = None;
        for (k, v) in kwargs {
            let at = match names.iter().position(|n| **n == **k) {
                Some(i) => i,
                None if &**k == "signed" => 2,
                None => {
                    unknown = unknown.or(Some(k));
                    continue;
                }
            };
            if out[at].is_some() {
                return Err(self.type_error(format!(
                    "argument for {method}() given by name ('{k}') and position ({})",
                    at + 1
                )));
            }
            out[at] = Some(*v);
        }
        if method == "from_bytes" && out[0].is_none() {
            return Err(self.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
        }
        if let Some(k) = unknown {
            return Err(self.type_error(format!(
                "'{k}' is an invalid keyword argument for {method}()"
            )));
        }
        Ok(out)
    }

    /// `byteorder`: true for `'little'`; `'big'` when absent.
    fn byteorder(&mut self, v: Option<Value>) -> PyResult<bool> {
        let Some(v) = v else {
            return Ok(false);
        };
        match self.obj(v) {
            ObjKind::Str(s) if &**s == "little" => Ok(true),
            ObjKind::Str(s) if &**s == "big" => Ok(false),
            ObjKind::Str(_) => Err(self.value_error("byteorder must be either 'little' or 'big'")),
            _ => {
                let t = self.type_name(v);
                Err(self.type_error(format!(
                    "to_bytes() argument 'byteorder' must be str, not {t}"
                )))
            }
        }
    }

    /// Calls bytes method `id` on `recv` (a `bytes` or a `bytearray`, whose results that are
    /// bytes come back as bytearrays).
    pub(crate) fn bytes_method(
        &mut self,
        id: Builtin,
        recv: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        let r = self.bytes_method_inner(id, recv, args)?;
        if matches!(self.obj(recv), ObjKind::ByteArray(_)) && id != Builtin::BytesFromHex {
            self.push_temp(r);
            return self.as_bytearray_result(r);
        }
        Ok(r)
    }

    fn bytes_method_inner(&mut self, id: Builtin, recv: Value, args: &[Value]) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        if id == B::BytesFromHex {
            let mut all = vec![recv];
            all.extend_from_slice(args);
            return self.bytes_fromhex(&all);
        }
        let Some(data) = self.bytes_of(recv) else {
            let t = self.type_name(recv);
            return Err(self.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{t}' object"
            )));
        };
        match id {
            B::BytesDecode => {
                self.check_arity(name, args, 0, 2)?;
                let text = self.decode_with(recv, &data, args, "decode")?;
                self.str_value(&text)
            }
            B::BytesHex => {
                self.check_arity(name, args, 0, 1)?;
                let mut out = String::with_capacity(data.len() * 3);
                let sep = match args.first() {
                    None => None,
                    Some(v) => match self.obj(*v) {
                        ObjKind::Str(s) if s.chars().count() == 1 => s.chars().next(),
                        ObjKind::Bytes(b) if b.len() == 1 => Some(char::from(b[0])),
                        _ => return Err(self.value_error("sep must be length 1.")),
                    },
                };
                for (i, b) in data.iter().enumerate() {
                    if let (Some(sep), true) = (sep, i > 0) {
                        out.push(sep);
                    }
                    out.push_str(&format!("{b:02x}"));
                }
                self.str_value(&out)
            }
            B::BytesStartsWith | B::BytesEndsWith => {
                self.check_arity(name, args, 1, 3)?;
                let start = self.opt_index(args.get(1))?;
                let end = self.opt_index(args.get(2))?;
                let (s, e) = clamp_range(data.len(), start, end);
                let window: &[u8] = if s <= e { &data[s..e] } else { &[] };
                let candidates = match self.obj(args[0]) {
                    ObjKind::Tuple(items) => items.clone(),
                    _ => vec![args[0]],
                };
                let mut hit = false;
                for c in candidates {
                    let Some(affix) = self.bytes_of(c) else {
                        let t = self.type_name(c);
                        return Err(self.type_error(format!(
                            "{name} first arg must be bytes or a tuple of bytes, not {t}"
                        )));
                    };
                    hit |= if s > e {
                        false
                    } else if id == B::BytesStartsWith {
                        window.starts_with(&affix)
                    } else {
                        window.ends_with(&affix)
                    };
                }
                Ok(self.bool_value(hit))
            }
            B::BytesFind | B::BytesRFind | B::BytesIndex | B::BytesCount => {
                self.check_arity(name, args, 1, 3)?;
                let needle = self.needle(args[0])?;
                let start = self.opt_index(args.get(1))?;
                let end = self.opt_index(args.get(2))?;
                let (s, e) = clamp_range(data.len(), start, end);
                if s > e || (s == data.len() && !needle.is_empty() && s == e) {
                    return match id {
                        B::BytesCount => self.int_value(0),
                        B::BytesIndex => Err(self.value_error("subsection not found")),
                        _ => self.int_value(-1),
                    };
                }
                let hay = &data[s..e];
                match id {
                    B::BytesCount => {
                        let n = if needle.is_empty() {
                            hay.len() + 1
                        } else {
                            let mut n = 0;
                            let mut at = 0;
                            while let Some(p) = find(&hay[at..], &needle) {
                                n += 1;
                                at += p + needle.len();
                            }
                            n
                        };
                        self.int_value(n as i64)
                    }
                    _ => {
                        let found = if id == B::BytesRFind {
                            rfind(hay, &needle)
                        } else {
                            find(hay, &needle)
                        };
                        match found {
                            Some(p) => self.int_value((s + p) as i64),
                            None if id == B::BytesIndex => {
                                Err(self.value_error("subsection not found"))
                            }
                            None => self.int_value(-1),
                        }
                    }
                }
            }
            B::BytesSplit | B::BytesRSplit => {
                self.check_arity(name, args, 0, 2)?;
                let sep = match args.first() {
                    None => None,
                    Some(v) if matches!(self.obj(*v), ObjKind::None) => None,
                    Some(v) => Some(self.expect_bytes(*v)?),
                };
                let maxsplit = match args.get(1) {
                    Some(v) => self.index_int(*v)?,
                    None => -1,
                };
                let parts = split_bytes(&data, sep.as_deref(), maxsplit, id == B::BytesRSplit);
                let Some(parts) = parts else {
                    return Err(self.value_error("empty separator"));
                };
                let items = parts
                    .into_iter()
                    .map(|p| self.bytes_value(p))
                    .collect::<PyResult<Vec<_>>>()?;
                self.alloc(ObjKind::List(items))
            }
            B::BytesSplitLines => {
                self.check_arity(name, args, 0, 1)?;
                let keep = match args.first() {
                    Some(v) => self.truthy(*v)?,
                    None => false,
                };
                let mut items = Vec::new();
                let mut start = 0;
                let mut i = 0;
                while i < data.len() {
                    let eol = match data[i] {
                        b'\n' => 1,
                        b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
                        b'\r' => 1,
                        _ => 0,
                    };
                    if eol == 0 {
                        i += 1;
                        continue;
                    }
                    let end = if keep { i + eol } else { i };
                    items.push(self.bytes_value(data[start..end].to_vec())?);
                    i += eol;
                    start = i;
                }
                if start < data.len() {
                    items.push(self.bytes_value(data[start..].to_vec())?);
                }
                self.alloc(ObjKind::List(items))
            }
            B::BytesJoin => {
                self.check_arity(name, args, 1, 1)?;
                let items = self.collect_iter(args[0])?;
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let Some(b) = self.bytes_of(*item) else {
                        let t = self.type_name(*item);
                        return Err(self.type_error(format!(
                            "sequence item {i}: expected a bytes-like object, {t} found"
                        )));
                    };
                    if i > 0 {
                        out.extend_from_slice(&data);
                    }
                    out.extend_from_slice(&b);
                }
                self.bytes_value(out)
            }
            B::BytesStrip | B::BytesLStrip | B::BytesRStrip => {
                self.check_arity(name, args, 0, 1)?;
                let chars = match args.first() {
                    None => None,
                    Some(v) if matches!(self.obj(*v), ObjKind::None) => None,
                    Some(v) => Some(self.expect_bytes(*v)?),
                };
                let strip = |b: &u8| match &chars {
                    Some(c) => c.contains(b),
                    None => is_space(*b),
                };
                let mut s = 0;
                let mut e = data.len();
                if id != B::BytesRStrip {
                    while s < e && strip(&data[s]) {
                        s += 1;
                    }
                }
                if id != B::BytesLStrip {
                    while e > s && strip(&data[e - 1]) {
                        e -= 1;
                    }
                }
                self.bytes_value(data[s..e].to_vec())
            }
            B::BytesReplace => {
                self.check_arity(name, args, 2, 3)?;
                let old = self.expect_bytes(args[0])?;
                let new = self.expect_bytes(args[1])?;
                let count = match args.get(2) {
                    Some(v) => self.index_int(*v)?,
                    None => -1,
                };
                let out = replace_bytes(&data, &old, &new, count);
                self.bytes_value(out)
            }
            B::BytesPartition | B::BytesRPartition => {
                self.check_arity(name, args, 1, 1)?;
                let sep = self.expect_bytes(args[0])?;
                if sep.is_empty() {
                    return Err(self.value_error("empty separator"));
                }
                let found = if id == B::BytesPartition {
                    find(&data, &sep)
                } else {
                    rfind(&data, &sep)
                };
                let parts: [&[u8]; 3] = match found {
                    Some(at) => [&data[..at], &sep, &data[at + sep.len()..]],
                    None if id == B::BytesPartition => [&data, b"", b""],
                    None => [b"", b"", &data],
                };
                let mut items = Vec::with_capacity(3);
                for part in parts {
                    let v = self.bytes_value(part.to_vec())?;
                    self.push_temp(v);
                    items.push(v);
                }
                self.alloc(ObjKind::Tuple(items))
            }
            B::BytesUpper => {
                self.check_arity(name, args, 0, 0)?;
                self.bytes_value(data.to_ascii_uppercase())
            }
            B::BytesLower => {
                self.check_arity(name, args, 0, 0)?;
                self.bytes_value(data.to_ascii_lowercase())
            }
            B::BytesIsDigit
            | B::BytesIsAlpha
            | B::BytesIsAlnum
            | B::BytesIsSpace
            | B::BytesIsUpper
            | B::BytesIsLower => {
                self.check_arity(name, args, 0, 0)?;
                let r = match id {
                    B::BytesIsDigit => !data.is_empty() && data.iter().all(u8::is_ascii_digit),
                    B::BytesIsAlpha => !data.is_empty() && data.iter().all(u8::is_ascii_alphabetic),
                    B::BytesIsAlnum => {
                        !data.is_empty() && data.iter().all(u8::is_ascii_alphanumeric)
                    }
                    B::BytesIsSpace => !data.is_empty() && data.iter().all(|b| is_space(*b)),
                    B::BytesIsUpper => {
                        data.iter().any(u8::is_ascii_uppercase)
                            && !data.iter().any(u8::is_ascii_lowercase)
                    }
                    _ => {
                        data.iter().any(u8::is_ascii_lowercase)
                            && !data.iter().any(u8::is_ascii_uppercase)
                    }
                };
                Ok(self.bool_value(r))
            }
            B::BytesIsAscii => {
                self.check_arity(name, args, 0, 0)?;
                Ok(self.bool_value(data.is_ascii()))
            }
            B::BytesIsTitle => {
                self.check_arity(name, args, 0, 0)?;
                Ok(self.bool_value(is_title(&data)))
            }
            B::BytesCapitalize | B::BytesSwapCase | B::BytesTitle => {
                self.check_arity(name, args, 0, 0)?;
                let out = match id {
                    B::BytesCapitalize => capitalize(&data),
                    B::BytesSwapCase => data.iter().map(|b| swap_case(*b)).collect(),
                    _ => title(&data),
                };
                self.bytes_value(out)
            }
            B::BytesCenter | B::BytesLJust | B::BytesRJust => {
                self.check_arity(name, args, 1, 2)?;
                let width = self.bytes_width(args[0])?;
                let fill = match args.get(1) {
                    None => b' ',
                    Some(f) => match self.bytes_of(*f) {
                        Some(b) if b.len() == 1 => b[0],
                        _ => {
                            let t = self.type_name(*f);
                            return Err(self.type_error(format!(
                                "{name}() argument 2 must be a byte string of length 1, not {t}"
                            )));
                        }
                    },
                };
                let pad = width.saturating_sub(data.len());
                // CPython's centring: the odd byte goes left when the width is odd.
                let left = match id {
                    B::BytesLJust => 0,
                    B::BytesRJust => pad,
                    _ => pad / 2 + (pad & width & 1),
                };
                let mut out = vec![fill; left];
                out.extend_from_slice(&data);
                out.resize(data.len() + pad, fill);
                self.bytes_value(out)
            }
            B::BytesZFill => {
                self.check_arity(name, args, 1, 1)?;
                let width = self.bytes_width(args[0])?;
                let pad = width.saturating_sub(data.len());
                let sign = matches!(data.first(), Some(b'+' | b'-')) as usize;
                let mut out = data[..sign].to_vec();
                out.resize(sign + pad, b'0');
                out.extend_from_slice(&data[sign..]);
                self.bytes_value(out)
            }
            B::BytesExpandTabs => {
                self.check_arity(name, args, 0, 1)?;
                let size = match args.first() {
                    Some(v) => self.index_int(*v)?,
                    None => 8,
                };
                let tabs = data.iter().filter(|b| **b == b'\t').count() as i64;
                let longest = (data.len() as i64).saturating_add(tabs.saturating_mul(size.max(0)));
                if longest > crate::eval::ops::MAX_SEQUENCE_LEN as i64 {
                    return Err(self.memory_error());
                }
                self.bytes_value(expand_tabs(&data, size))
            }
            B::BytesRemovePrefix | B::BytesRemoveSuffix => {
                self.check_arity(name, args, 1, 1)?;
                let affix = self.expect_bytes(args[0])?;
                let out = match id {
                    B::BytesRemovePrefix => data.strip_prefix(&affix[..]),
                    _ => data.strip_suffix(&affix[..]),
                };
                self.bytes_value(out.unwrap_or(&data).to_vec())
            }
            B::BytesRIndex => {
                self.check_arity(name, args, 1, 3)?;
                let at = self.bytes_method_inner(B::BytesRFind, recv, args)?;
                match self.obj(at) {
                    ObjKind::Int(-1) => Err(self.value_error("subsection not found")),
                    _ => Ok(at),
                }
            }
            B::BytesTranslate => {
                self.check_arity(name, args, 1, 2)?;
                let table = match self.obj(args[0]) {
                    ObjKind::None => None,
                    _ => {
                        let t = self.expect_bytes(args[0])?;
                        if t.len() != 256 {
                            return Err(
                                self.value_error("translation table must be 256 characters long")
                            );
                        }
                        Some(t)
                    }
                };
                let delete = match args.get(1) {
                    Some(d) => self.expect_bytes(*d)?.to_vec(),
                    None => Vec::new(),
                };
                let out = data
                    .iter()
                    .filter(|b| !delete.contains(b))
                    .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
                    .collect();
                self.bytes_value(out)
            }
            _ => Err(self.err(
                Exc::NotImplementedError,
                format!("bytes.{name}() is not supported by minipy"),
            )),
        }
    }

    /// The `width` of `center`, `ljust`, `rjust` and `zfill`: an int, negative as 0.
    fn bytes_width(&mut self, v: Value) -> PyResult<usize> {
        let width = self.index_int(v)?.max(0) as usize;
        if width > crate::eval::ops::MAX_SEQUENCE_LEN {
            return Err(self.memory_error());
        }
        Ok(width)
    }

    /// `bytes.maketrans(from, to)`: the 256-byte table `translate` takes, mapping each byte of
    /// `from` to the byte of `to` at the same position.
    pub(crate) fn bytes_maketrans(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_static_arity(Builtin::BytesMakeTrans, "bytes", args)?;
        let from = self.expect_bytes(args[0])?;
        let to = self.expect_bytes(args[1])?;
        if from.len() != to.len() {
            return Err(self.value_error("maketrans arguments must have same length"));
        }
        let mut table: Vec<u8> = (0..=255).collect();
        for (f, t) in from.iter().zip(to.iter()) {
            table[*f as usize] = *t;
        }
        self.bytes_value(table)
    }
}

/// An ASCII letter with its case swapped; any other byte as it is.
fn swap_case(b: u8) -> u8 {
    if b.is_ascii_alphabetic() {
        b ^ 0x20
    } else {
        b
    }
}

/// `bytes.capitalize()`: the first byte upper-cased, the rest lower-cased (ASCII letters only).
fn capitalize(data: &[u8]) -> Vec<u8> {
    let mut out = data.to_ascii_lowercase();
    if let Some(first) = out.first_mut() {
        first.make_ascii_uppercase();
    }
    out
}

/// `bytes.title()`: a letter after a non-letter upper-cased, any other letter lower-cased.
fn title(data: &[u8]) -> Vec<u8> {
    let mut after_letter = false;
    data.iter()
        .map(|&b| {
            let out = if after_letter {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            after_letter = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

/// `bytes.istitle()`: some cased letter, every upper-case letter after a non-letter and every
/// lower-case one after a letter.
fn is_title(data: &[u8]) -> bool {
    let (mut cased, mut after_letter) = (false, false);
    for &b in data {
        if b.is_ascii_uppercase() {
            if after_letter {
                return false;
            }
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !after_letter {
                return false;
            }
            cased = true;
        }
        after_letter = b.is_ascii_alphabetic();
    }
    cased
}

/// `bytes.expandtabs(size)`: each tab replaced by spaces up to the next multiple of `size`
/// columns (none for a size below 1); newlines and carriage returns restart the column.
fn expand_tabs(data: &[u8], size: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut column = 0usize;
    for &b in data {
        match b {
            b'\t' => {
                if size > 0 {
                    let size = size as usize;
                    let n = size - column % size;
                    out.resize(out.len() + n, b' ');
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    out
}

/// `data.split(sep, maxsplit)` (or `rsplit`); `None` for an empty separator.
fn split_bytes(
    data: &[u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
    from_right: bool,
) -> Option<Vec<Vec<u8>>> {
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts = Vec::new();
    match sep {
        Some([]) => return None,
        Some(sep) => {
            if from_right {
                let mut end = data.len();
                while parts.len() < limit {
                    match rfind(&data[..end], sep) {
                        Some(p) => {
                            parts.push(data[p + sep.len()..end].to_vec());
                            end = p;
                        }
                        None => break,
                    }
                }
                parts.push(data[..end].to_vec());
                parts.reverse();
            } else {
                let mut start = 0;
                while parts.len() < limit {
                    match find(&data[start..], sep) {
                        Some(p) => {
                            parts.push(data[start..start + p].to_vec());
                            start += p + sep.len();
                        }
                        None => break,
                    }
                }
                parts.push(data[start..].to_vec());
            }
        }
        None => {
            // Runs of whitespace separate; none at the ends; the rest after `limit` splits is kept
            // whole (with its inner whitespace, without the leading run).
            if from_right {
                let mut end = data.len();
                loop {
                    while end > 0 && is_space(data[end - 1]) {
                        end -= 1;
                    }
                    if end == 0 {
                        break;
                    }
                    if parts.len() == limit {
                        parts.push(data[..end].to_vec());
                        break;
                    }
                    let mut start = end;
                    while start > 0 && !is_space(data[start - 1]) {
                        start -= 1;
                    }
                    parts.push(data[start..end].to_vec());
                    end = start;
                }
                parts.reverse();
            } else {
                let mut start = 0;
                loop {
                    while start < data.len() && is_space(data[start]) {
                        start += 1;
                    }
                    if start == data.len() {
                        break;
                    }
                    if parts.len() == limit {
                        parts.push(data[start..].to_vec());
                        break;
                    }
                    let mut end = start;
                    while end < data.len() && !is_space(data[end]) {
                        end += 1;
                    }
                    parts.push(data[start..end].to_vec());
                    start = end;
                }
            }
        }
    }
    Some(parts)
}

/// `data.replace(old, new, count)` (`count` < 0: all).
fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(data.len());
    let mut done = 0;
    if old.is_empty() {
        // Inserted before every byte and at the end, as CPython does.
        for &b in data {
            if done < limit {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(b);
        }
        if done < limit {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while i < data.len() {
        if done < limit && data[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
            done += 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_quote_and_escape_as_cpython() {
        assert_eq!(bytes_repr(b"abc"), "b'abc'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(
            bytes_repr(b"\x00\t\n\r\\\x7f\xff"),
            "b'\\x00\\t\\n\\r\\\\\\x7f\\xff'"
        );
    }

    #[test]
    fn split_and_replace_follow_cpython() {
        let s = |d: &[u8], sep: Option<&[u8]>, n: i64, r: bool| split_bytes(d, sep, n, r).unwrap();
        assert_eq!(
            s(b"  a b  c ", None, -1, false),
            [b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]
        );
        assert_eq!(
            s(b"  a b  c ", None, 1, false),
            [b"a".to_vec(), b"b  c ".to_vec()]
        );
        assert_eq!(
            s(b"  a b  c ", None, 1, true),
            [b"  a b".to_vec(), b"c".to_vec()]
        );
        assert_eq!(s(b"a,b,,c", Some(b","), -1, false).len(), 4);
        assert_eq!(
            s(b"a,b,c", Some(b","), 1, true),
            [b"a,b".to_vec(), b"c".to_vec()]
        );
        assert!(split_bytes(b"a", Some(b""), -1, false).is_none());
        assert_eq!(replace_bytes(b"aaa", b"a", b"b", 2), b"bba");
        assert_eq!(replace_bytes(b"ab", b"", b"-", -1), b"-a-b-");
    }
}
