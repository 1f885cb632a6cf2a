# minipy's own importlib, written from its documentation: `import_module` and `reload` over the
# interpreter's import system (modules/importer.rs).

from sys import _import_module, _reload


def import_module(name, package=None):
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative import for %r" % name
            )
        while level < len(name) and name[level] == ".":
            level += 1
        parts = package.rsplit(".", level - 1)
        if len(parts) < level:
            raise ImportError("attempted relative import beyond top-level package")
        rest = name[level:]
        name = parts[0] + ("." + rest if rest else "")
    return _import_module(name)


def reload(module):
    return _reload(module)


def invalidate_caches():
    pass
