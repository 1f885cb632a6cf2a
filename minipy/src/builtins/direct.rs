//! Builtin functions a call site may run without [`call_builtin`]'s dispatch: the hottest ones
//! (`len`, `isinstance`, `abs` ...), which take positional arguments only and which nothing in
//! that dispatch treats specially.
//!
//! [`call_builtin`]: crate::runtime::interp::Interp::call_builtin

use crate::builtins::Builtin;
use crate::runtime::builtin_id::runs_direct;
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::Value;

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
