//! The Rust half of `hashlib` (`modules/py/hashlib.py`): the digest of a whole message with one of
//! the RustCrypto hash functions. The Python half keeps what `update` was given in a `bytearray`
//! and hashes it afresh for each `digest`, so a hash object needs no state of its own here.

use md5::Md5;
use sha1::Sha1;
use sha2::digest::Digest;
use sha2::{Sha224, Sha256, Sha384, Sha512};
use sha3::{Sha3_224, Sha3_256, Sha3_384, Sha3_512};

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

/// The digest of `data` with the algorithm `name` (CPython's lower-case name), if minipy has it.
pub fn digest(name: &str, data: &[u8]) -> Option<Vec<u8>> {
    fn run<D: Digest>(data: &[u8]) -> Vec<u8> {
        D::digest(data).to_vec()
    }
    Some(match name {
        "md5" => run::<Md5>(data),
        "sha1" => run::<Sha1>(data),
        "sha224" => run::<Sha224>(data),
        "sha256" => run::<Sha256>(data),
        "sha384" => run::<Sha384>(data),
        "sha512" => run::<Sha512>(data),
        "sha3_224" => run::<Sha3_224>(data),
        "sha3_256" => run::<Sha3_256>(data),
        "sha3_384" => run::<Sha3_384>(data),
        "sha3_512" => run::<Sha3_512>(data),
        _ => return None,
    })
}

impl Interp {
    /// Calls a `hashlib` helper: `_hash_digest(name, data)`, the digest as `bytes`.
    pub(super) fn hashlib_call(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        let name = id.name();
        self.check_arity(name, args, 2, 2)?;
        let algorithm = match self.obj(args[0]) {
            ObjKind::Str(s) => s.clone(),
            _ => return Err(self.type_error(format!("{name}() needs an algorithm name"))),
        };
        let Some(data) = self.bytes_of(args[1]) else {
            return Err(self.type_error("object supporting the buffer API required"));
        };
        let out = digest(&algorithm, &data);
        match out {
            Some(d) => self.bytes_value(d),
            None => Err(self.err(
                Exc::ValueError,
                format!("unsupported hash type {algorithm}"),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::digest;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn digests_match_the_known_values() {
        assert_eq!(
            hex(&digest("md5", b"abc").unwrap()),
            "900150983cd24fb0d6963f7d28e17f72"
        );
        assert_eq!(
            hex(&digest("sha256", b"").unwrap()),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert!(digest("whirlpool", b"").is_none());
    }
}
