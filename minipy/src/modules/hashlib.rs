//! The Rust half of `hashlib` (`modules/py/hashlib.py`): the digest of a whole message with one of
//! the RustCrypto hash functions. The Python half keeps what `update` was given in a `bytearray`
//! and hashes it afresh for each `digest`, so a hash object needs no state of its own here; so do
//! BLAKE2 (its parameters passed with the message), PBKDF2-HMAC and scrypt.

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

/// BLAKE2b or BLAKE2s (`kind`) of `data` with CPython's sequential-mode parameters: a
/// `size`-byte digest, keyed with `key` (padded to a block and hashed first, as RFC 7693 says),
/// `salt` and `person` (zero-padded). The caller checked the lengths.
pub fn blake2(
    kind: &str,
    data: &[u8],
    size: usize,
    key: &[u8],
    salt: &[u8],
    person: &[u8],
) -> Option<Vec<u8>> {
    use blake2::digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
    use blake2::digest::Output;
    macro_rules! run {
        ($core:ty, $block:expr) => {{
            let mut core = <$core>::new_with_params(salt, person, key.len(), size);
            let mut buffer = Buffer::<$core>::default();
            if !key.is_empty() {
                let mut padded = vec![0u8; $block];
                padded[..key.len()].copy_from_slice(key);
                buffer.digest_blocks(&padded, |blocks| core.update_blocks(blocks));
            }
            buffer.digest_blocks(data, |blocks| core.update_blocks(blocks));
            let mut out = Output::<$core>::default();
            core.finalize_variable_core(&mut buffer, &mut out);
            out[..size].to_vec()
        }};
    }
    Some(match kind {
        "blake2b" => run!(blake2::Blake2bVarCore, 128),
        "blake2s" => run!(blake2::Blake2sVarCore, 64),
        _ => return None,
    })
}

/// PBKDF2 with HMAC over the hash `name` (`hashlib.pbkdf2_hmac`), `dklen` bytes.
pub fn pbkdf2_hmac(
    name: &str,
    password: &[u8],
    salt: &[u8],
    rounds: u32,
    dklen: usize,
) -> Option<Vec<u8>> {
    let mut out = vec![0u8; dklen];
    macro_rules! run {
        ($d:ty) => {
            pbkdf2::pbkdf2_hmac::<$d>(password, salt, rounds, &mut out)
        };
    }
    match name {
        "md5" => run!(Md5),
        "sha1" => run!(Sha1),
        "sha224" => run!(Sha224),
        "sha256" => run!(Sha256),
        "sha384" => run!(Sha384),
        "sha512" => run!(Sha512),
        "sha3_224" => run!(Sha3_224),
        "sha3_256" => run!(Sha3_256),
        "sha3_384" => run!(Sha3_384),
        "sha3_512" => run!(Sha3_512),
        _ => return None,
    }
    Some(out)
}

/// scrypt (`hashlib.scrypt`): `None` for parameters the algorithm refuses.
pub fn scrypt(
    password: &[u8],
    salt: &[u8],
    n: u64,
    r: u32,
    p: u32,
    dklen: usize,
) -> Option<Vec<u8>> {
    if !n.is_power_of_two() || n < 2 {
        return None;
    }
    let params = scrypt::Params::new(n.trailing_zeros() as u8, r, p, dklen).ok()?;
    let mut out = vec![0u8; dklen];
    scrypt::scrypt(password, salt, &params, &mut out).ok()?;
    Some(out)
}

impl Interp {
    /// Calls a `hashlib` helper: `_hash_digest(name, data)`, the digest as `bytes`.
    pub(super) fn hashlib_call(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        let name = id.name();
        match id {
            Builtin::HashBlake2 => {
                // `_blake2(kind, data, digest_size, key, salt, person)`, checked by hashlib.py.
                self.check_arity(name, args, 6, 6)?;
                let kind = self.expect_str(args[0], name)?.to_string();
                let size = self.index_arg(args[2])?;
                let parts: Vec<_> = [args[1], args[3], args[4], args[5]]
                    .iter()
                    .map(|v| self.bytes_of(*v))
                    .collect();
                let (Some(data), Some(key), Some(salt), Some(person)) =
                    (&parts[0], &parts[1], &parts[2], &parts[3])
                else {
                    return Err(self.type_error("object supporting the buffer API required"));
                };
                match blake2(&kind, data, size as usize, key, salt, person) {
                    Some(d) => self.bytes_value(d),
                    None => Err(self.err(Exc::ValueError, format!("unsupported hash type {kind}"))),
                }
            }
            Builtin::HashPbkdf2 => {
                // `_pbkdf2(name, password, salt, iterations, dklen)`, checked by hashlib.py.
                self.check_arity(name, args, 5, 5)?;
                let algorithm = self.expect_str(args[0], name)?.to_string();
                let (Some(password), Some(salt)) = (self.bytes_of(args[1]), self.bytes_of(args[2]))
                else {
                    return Err(self.type_error("object supporting the buffer API required"));
                };
                let rounds = self.index_arg(args[3])?;
                let dklen = self.index_arg(args[4])?;
                let (Ok(rounds), Ok(dklen)) = (u32::try_from(rounds), usize::try_from(dklen))
                else {
                    return Err(self.err(Exc::OverflowError, "iteration value is too great."));
                };
                match pbkdf2_hmac(&algorithm, &password, &salt, rounds, dklen) {
                    Some(d) => self.bytes_value(d),
                    None => Err(self.err(
                        Exc::ValueError,
                        format!("unsupported hash type {algorithm}"),
                    )),
                }
            }
            Builtin::HashScrypt => {
                // `_scrypt(password, salt, n, r, p, dklen)`.
                self.check_arity(name, args, 6, 6)?;
                let (Some(password), Some(salt)) = (self.bytes_of(args[0]), self.bytes_of(args[1]))
                else {
                    return Err(self.type_error("object supporting the buffer API required"));
                };
                let nums = [args[2], args[3], args[4], args[5]];
                let mut v = [0i64; 4];
                for (slot, a) in v.iter_mut().zip(nums) {
                    *slot = self.index_arg(a)?;
                }
                let out = match (
                    u64::try_from(v[0]),
                    u32::try_from(v[1]),
                    u32::try_from(v[2]),
                    usize::try_from(v[3]),
                ) {
                    (Ok(n), Ok(r), Ok(p), Ok(dklen)) => scrypt(&password, &salt, n, r, p, dklen),
                    _ => None,
                };
                match out {
                    Some(d) => self.bytes_value(d),
                    None => Err(self.err(
                        Exc::ValueError,
                        "Invalid parameter combination for n, r, p, maxmem.",
                    )),
                }
            }
            _ => {
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
