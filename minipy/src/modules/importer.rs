//! Importing the script's own modules, as CPython's path finder does: `sys.path` (the script's
//! directory first, or `''` for `-c`, stdin and the REPL, then an entry standing for the embedded
//! standard library), `.py` modules and packages (directories with `__init__.py`, their
//! submodules found on `__path__`), relative imports, and `sys.modules` as a real dict that
//! caches every module (a module importing itself circularly sees it partially initialised).

use std::path::PathBuf;
use std::rc::Rc;

use crate::runtime::exceptions::{Exc, PyErr, PyResult};
use crate::runtime::interp::{Frame, FrameKind, FrameNames, Interp};
use crate::runtime::object::{Attrs, Module, ObjKind, Value};
use crate::syntax::ast::Name;

/// The entry of `sys.path` that stands for minipy's embedded standard library (the place of
/// CPython's `lib/python3.11`): a script's file shadows a standard module only from an entry
/// before it.
pub const STDLIB_ENTRY: &str = "<minipy stdlib>";

/// Modules CPython has built in or imports before the script runs: a file of the script's
/// directory named like them does not shadow them.
const UNSHADOWED: &[&str] = &[
    "sys",
    "builtins",
    "gc",
    "math",
    "time",
    "itertools",
    "atexit",
    "errno",
    "marshal",
    "io",
    "os",
    "os.path",
    "abc",
    "stat",
    "posixpath",
    "codecs",
    "site",
    "minipy",
    "importlib",
    "_exceptiongroup",
];

/// Where a module's source was found.
struct Found {
    /// The `.py` file (`__init__.py` for a package).
    file: PathBuf,
    /// The package's directory, for a package.
    package_dir: Option<PathBuf>,
}

/// `dir/name/__init__.py` (a package) or `dir/name.py`, as CPython's path finder looks.
fn find_in(dir: &str, name: &str) -> Option<Found> {
    let base = if dir.is_empty() {
        std::env::current_dir().ok()?
    } else {
        PathBuf::from(dir)
    };
    let pkg = base.join(name);
    let init = pkg.join("__init__.py");
    if init.is_file() {
        return Some(Found {
            file: init,
            package_dir: Some(pkg),
        });
    }
    let file = base.join(format!("{name}.py"));
    file.is_file().then_some(Found {
        file,
        package_dir: None,
    })
}

impl Interp {
    /// `sys.path[0]`: the script's directory (symbolic links resolved, as CPython), or `''` for
    /// `-c`, stdin and the REPL (whose paths are `<string>`, `<stdin>` or empty).
    fn script_dir(&self) -> String {
        let path = &*self.side.path;
        if path.is_empty() || path.starts_with('<') {
            return String::new();
        }
        let full = std::fs::canonicalize(path).unwrap_or_else(|_| PathBuf::from(path));
        full.parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// `sys.path`, made on first use.
    pub(crate) fn sys_path_list(&mut self) -> PyResult<Value> {
        if let Some(p) = self.roots.side.sys_path {
            return Ok(p);
        }
        let dir = self.script_dir();
        let items = vec![self.str_value(&dir)?, self.str_value(STDLIB_ENTRY)?];
        let list = self.alloc(ObjKind::List(items))?;
        self.roots.side.sys_path = Some(list);
        Ok(list)
    }

    /// `sys.modules`, made on first use from the modules imported so far (and `__main__`).
    pub(crate) fn sys_modules_dict(&mut self) -> PyResult<Value> {
        if let Some(d) = self.roots.side.sys_modules {
            return Ok(d);
        }
        let d = self.alloc(ObjKind::Dict(Default::default()))?;
        self.roots.side.sys_modules = Some(d);
        if let Some(globals) = self.roots.globals {
            let main = self.alloc(ObjKind::Module(Module {
                name: Rc::from("__main__"),
                globals,
            }))?;
            let key = self.str_value("__main__")?;
            self.dict_set(d, key, main)?;
        }
        let known: Vec<(Name, Value)> = self
            .roots
            .side
            .modules
            .iter()
            .map(|(k, v)| (k.clone(), v))
            .collect();
        for (k, v) in known {
            let key = self.str_value(&k)?;
            self.dict_set(d, key, v)?;
        }
        Ok(d)
    }

    /// The module imported as `name`, if `sys.modules` has it.
    pub(super) fn cached_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        match self.roots.side.sys_modules {
            None => Ok(self.roots.side.modules.get(name)),
            Some(d) => {
                let key = self.str_value(name)?;
                let found = self.dict_get(d, key)?;
                if let Some(m) = found {
                    if self.is_none(m) {
                        return Err(self.err(
                            Exc::ModuleNotFoundError,
                            format!("import of {name} halted; None in sys.modules"),
                        ));
                    }
                }
                Ok(found)
            }
        }
    }

    /// Records `m` as the module imported as `name`.
    pub(super) fn cache_module(&mut self, name: &str, m: Value) -> PyResult<()> {
        self.roots.side.modules.set(Name::from(name), m);
        if let Some(d) = self.roots.side.sys_modules {
            let key = self.str_value(name)?;
            self.dict_set(d, key, m)?;
        }
        Ok(())
    }

    fn uncache_module(&mut self, name: &str) -> PyResult<()> {
        self.roots.side.modules.remove(name);
        if let Some(d) = self.roots.side.sys_modules {
            let key = self.str_value(name)?;
            self.dict_remove(d, key)?;
        }
        Ok(())
    }

    /// `sys.path`'s str entries, in order.
    fn sys_path_entries(&mut self) -> PyResult<Vec<String>> {
        let list = self.sys_path_list()?;
        let items = self.list_ref(list).cloned().unwrap_or_default();
        Ok(items
            .into_iter()
            .filter_map(|v| match self.obj(v) {
                ObjKind::Str(s) => Some(s.to_string()),
                _ => None,
            })
            .collect())
    }

    /// A package's `__path__` entries, or `None` if `m` is no package of the script's.
    fn package_dirs(&mut self, m: Value) -> PyResult<Option<Vec<String>>> {
        let Some(path) = self.module_attrs(m).and_then(|a| a.get("__path__")) else {
            return Ok(None);
        };
        let items = self.list_ref(path).cloned().unwrap_or_default();
        Ok(Some(
            items
                .into_iter()
                .filter_map(|v| match self.obj(v) {
                    ObjKind::Str(s) => Some(s.to_string()),
                    _ => None,
                })
                .collect(),
        ))
    }

    /// `import name`: the module from `sys.modules`, else found on `sys.path` (the script's
    /// modules and packages) or embedded in minipy, run, and cached.
    ///
    /// # Errors
    /// `ModuleNotFoundError` when nothing has it; whatever the module's code raises.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.cached_module(name)? {
            self.push_temp(m);
            return Ok(m);
        }
        if let Some((parent, child)) = name.rsplit_once('.') {
            if Self::is_embedded(name) && Self::is_embedded(parent) {
                // `os.path`, `collections.abc`: `os` itself imports `os.path` while it is made.
                return self.import_embedded(name);
            }
            let p = self.import_module(parent)?;
            if let Some(m) = self.cached_module(name)? {
                self.push_temp(m);
                return Ok(m);
            }
            if let Some(dirs) = self.package_dirs(p)? {
                for dir in dirs {
                    if let Some(found) = find_in(&dir, child) {
                        let m = self.load_file_module(name, found)?;
                        self.setattr(p, &Name::from(child), m)?;
                        return Ok(m);
                    }
                }
                if !Self::is_embedded(name) {
                    return Err(self.module_not_found(name));
                }
            }
            return self.import_embedded(name);
        }
        if UNSHADOWED.contains(&name) {
            return self.import_embedded(name);
        }
        for entry in self.sys_path_entries()? {
            if entry == STDLIB_ENTRY {
                if Self::is_embedded(name) {
                    return self.import_embedded(name);
                }
                continue;
            }
            if let Some(found) = find_in(&entry, name) {
                return self.load_file_module(name, found);
            }
        }
        self.import_embedded(name)
    }

    /// Runs the module source `found` as module `name`: the module is in `sys.modules` while its
    /// code runs (and removed again if that raises).
    fn load_file_module(&mut self, name: &str, found: Found) -> PyResult<Value> {
        let file = if found.file.is_absolute() {
            found.file.clone()
        } else {
            std::env::current_dir()
                .map(|d| d.join(&found.file))
                .unwrap_or(found.file.clone())
        };
        let path: Rc<str> = Rc::from(file.to_string_lossy().as_ref());
        let source = match std::fs::read(&file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                return Err(self.err(Exc::ImportError, format!("cannot read {path}: {e}")));
            }
        };
        let module = match crate::syntax::compile(&source) {
            Ok(m) => m,
            Err(e) => return Err(self.file_syntax_error(&e, &path, &source)),
        };
        let globals = self.module_globals(name, Attrs::default())?;
        let file_value = self.str_value(&path)?;
        self.env_set(globals, Name::from("__file__"), file_value);
        let package = match (&found.package_dir, name.rsplit_once('.')) {
            (Some(_), _) => name.to_string(),
            (None, Some((parent, _))) => parent.to_string(),
            (None, None) => String::new(),
        };
        let package = self.str_value(&package)?;
        self.env_set(globals, Name::from("__package__"), package);
        if let Some(dir) = &found.package_dir {
            let dir = self.str_value(&dir.to_string_lossy())?;
            let list = self.alloc(ObjKind::List(vec![dir]))?;
            self.env_set(globals, Name::from("__path__"), list);
        }
        let doc = match crate::builtins::body_docstring(&module.body) {
            Some(d) => self.str_value(d)?,
            None => self.none(),
        };
        self.env_set(globals, Name::from("__doc__"), doc);
        let m = self.alloc(ObjKind::Module(Module {
            name: Rc::from(name),
            globals,
        }))?;
        self.cache_module(name, m)?;
        self.imports.files.insert(Rc::from(name), path.clone());
        self.imports.sources.insert(path, Rc::from(source.as_str()));
        self.imports.initializing.push(Rc::from(name));
        let r = self.run_module_code(&module.body, globals, true);
        self.imports.initializing.pop();
        if let Err(e) = r {
            self.uncache_module(name)?;
            return Err(e);
        }
        // CPython answers what `sys.modules` holds by then (a module may replace itself there).
        let m = self.cached_module(name)?.unwrap_or(m);
        self.push_temp(m);
        Ok(m)
    }

    /// Runs a module's statements in a module frame over `globals`. With `traced`, an exception
    /// leaving gets the frame's traceback entry (`File "/path/mod.py", line N, in <module>`);
    /// the embedded standard library's modules run without one.
    pub(super) fn run_module_code(
        &mut self,
        body: &[crate::syntax::ast::Stmt],
        globals: Value,
        traced: bool,
    ) -> PyResult<()> {
        self.enter()?;
        self.roots.frames.push(Frame {
            slots: Vec::new(),
            ns: globals,
            globals,
            kind: FrameKind::Module,
            names: Some(FrameNames::module()),
            line: 1,
            record: None,
        });
        let r = self.exec_block(body);
        let r = match r {
            Ok(_) => Ok(()),
            Err(e) if !traced => Err(e),
            Err(mut e) => {
                let frame = self.roots.frames.last().expect("the module's frame");
                let entry = self.tb_entry(frame, &mut e);
                e.traceback.push(entry);
                Err(e)
            }
        };
        self.pop_frame();
        self.leave();
        r
    }

    /// The `SyntaxError` (or `IndentationError`) of an imported file that does not compile,
    /// worded as CPython's `str()` of it, with its `filename`, `lineno`, `offset`, `text` and `msg`.
    fn file_syntax_error(
        &mut self,
        e: &crate::syntax::parser::SyntaxError,
        path: &str,
        source: &str,
    ) -> PyErr {
        use crate::syntax::parser::ErrorKind;
        let class = match e.kind {
            ErrorKind::Syntax => Exc::SyntaxError,
            ErrorKind::Indentation => Exc::IndentationError,
            ErrorKind::Tab => Exc::TabError,
        };
        let err = self.err(class, format!("{} ({path}, line {})", e.msg, e.line));
        let text = source
            .lines()
            .nth(e.line.saturating_sub(1) as usize)
            .unwrap_or("")
            .to_string();
        let attrs: [(&str, PyResult<Value>); 5] = [
            ("filename", self.str_value(path)),
            ("lineno", self.int_value(i64::from(e.line))),
            ("offset", self.int_value(i64::from(e.col))),
            ("text", self.str_value(&text)),
            ("msg", self.str_value(&e.msg)),
        ];
        for (k, v) in attrs {
            if let Ok(v) = v {
                if self.setattr(err.exc, &Name::from(k), v).is_err() {
                    break;
                }
            }
        }
        err
    }

    /// The absolute module name of `from .module import ...` (`level` dots) in the running
    /// module.
    ///
    /// # Errors
    /// CPython's `ImportError`s: no known parent package, or beyond the top-level package.
    pub fn resolve_import_name(&mut self, module: &str, level: u32) -> PyResult<String> {
        if level == 0 {
            return Ok(module.to_string());
        }
        let globals = self.frame().globals;
        let package = match self.env_get(globals, "__package__") {
            Some(v) => match self.obj(v) {
                ObjKind::Str(s) => s.to_string(),
                _ => String::new(),
            },
            None => String::new(),
        };
        if package.is_empty() {
            return Err(self.err(
                Exc::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((b, _)) => base = b,
                None => {
                    return Err(self.err(
                        Exc::ImportError,
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if module.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{module}")
        })
    }

    /// `from module import name` when `module` has no attribute `name`: a submodule of a
    /// package, imported, or CPython's `ImportError`.
    pub fn import_from_missing(&mut self, m: Value, module: &str, name: &str) -> PyResult<Value> {
        let full = format!("{module}.{name}");
        if self.package_dirs(m)?.is_some() || Self::is_embedded(&full) {
            match self.import_module(&full) {
                Ok(v) => return Ok(v),
                Err(e) if self.err_is(&e, Exc::ModuleNotFoundError) => {}
                Err(e) => return Err(e),
            }
        }
        let file = self.imports.files.get(module).cloned();
        let msg = match file {
            Some(file) if self.imports.initializing.iter().any(|n| &**n == module) => format!(
                "cannot import name '{name}' from partially initialized module '{module}' (most likely due to a circular import) ({file})"
            ),
            Some(file) => format!("cannot import name '{name}' from '{module}' ({file})"),
            None => format!("cannot import name '{name}' from '{module}'"),
        };
        let err = self.err(Exc::ImportError, msg);
        Err(err)
    }

    /// `ModuleNotFoundError: No module named 'name'`, its `name` set.
    pub(super) fn module_not_found(&mut self, name: &str) -> PyErr {
        let err = self.err(
            Exc::ModuleNotFoundError,
            format!("No module named '{name}'"),
        );
        match self.str_value(name) {
            Ok(v) => match self.setattr(err.exc, &Name::from("name"), v) {
                Ok(()) => err,
                Err(e) => e,
            },
            Err(e) => e,
        }
    }

    /// `importlib.reload(module)`: runs a module of the script's again in its own namespace.
    pub(super) fn reload_module(&mut self, m: Value) -> PyResult<Value> {
        let ObjKind::Module(module) = self.obj(m) else {
            return Err(self.type_error("reload() argument must be a module"));
        };
        let (name, globals) = (module.name.clone(), module.globals);
        let Some(path) = self.imports.files.get(&name).cloned() else {
            // The embedded modules are never out of date.
            return Ok(m);
        };
        let source = std::fs::read(&*path)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|e| format!("cannot read {path}: {e}"));
        let source = match source {
            Ok(s) => s,
            Err(msg) => return Err(self.err(Exc::ImportError, msg)),
        };
        let module = match crate::syntax::compile(&source) {
            Ok(c) => c,
            Err(e) => return Err(self.file_syntax_error(&e, &path, &source)),
        };
        self.imports.sources.insert(path, Rc::from(source.as_str()));
        self.run_module_code(&module.body, globals, true)?;
        Ok(m)
    }
}
