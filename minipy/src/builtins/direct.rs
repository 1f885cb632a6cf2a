//! Builtin functions a call site may run without [`call_builtin`]'s dispatch: the hottest ones
//! (`len`, `isinstance`, `abs` ...), which take positional arguments only and which nothing in
//! that dispatch treats specially.
//!
//! [`call_builtin`]: crate::runtime::interp::Interp::call_builtin

use crate::builtins::Builtin;
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::Value;

/// Whether `id` is one of the builtin functions [`Interp::call_builtin_direct`] runs. Each is in
/// `BUILTIN_FUNCTIONS` (never a method, a module function or an unbound method), is not one
/// `call_builtin` intercepts before `call_function_builtin` (keywords, `print`, `sorted`, `min`,
/// `max`, `zip` ...), and reads its arguments from a slice.
pub(crate) fn runs_direct(id: Builtin) -> bool {
    use Builtin as B;
    matches!(
        id,
        B::Len | B::IsInstance | B::Abs | B::Ord | B::Chr | B::Id | B::Hash | B::Callable | B::Repr
    )
}

impl Interp {
    /// `id(*args)` for a builtin function [`runs_direct`] accepts, called without keywords: what
    /// `call_builtin(id, None, args, [])` does, without its dispatch.
    pub(crate) fn call_builtin_direct(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        debug_assert!(runs_direct(id));
        self.call_function_builtin(id, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direct_builtins_are_plain_functions() {
        for id in [
            Builtin::Len,
            Builtin::IsInstance,
            Builtin::Abs,
            Builtin::Ord,
            Builtin::Chr,
            Builtin::Id,
            Builtin::Hash,
            Builtin::Callable,
            Builtin::Repr,
        ] {
            assert!(runs_direct(id));
            assert!(super::super::BUILTIN_FUNCTIONS.contains(&id), "{id:?}");
            assert!(!crate::runtime::builtin_id::is_module_function(id));
        }
        assert!(!runs_direct(Builtin::Print));
        assert!(!runs_direct(Builtin::Min));
        assert!(!runs_direct(Builtin::ListAppend));
    }
}
