# minipy's locale: written for minipy from the documented behaviour. Only the C locale's
# conventions exist: setlocale accepts 'C', 'POSIX', the C.UTF-8 names and '' (the environment's
# name, kept as given, while formatting stays C's); getpreferredencoding() is 'UTF-8'.

import os as _os

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format_string',
           'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
           'LC_NUMERIC', 'LC_ALL', 'LC_MESSAGES', 'CHAR_MAX', 'getencoding']

_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_NAMES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC', LC_TIME: 'LC_TIME',
          LC_COLLATE: 'LC_COLLATE', LC_MONETARY: 'LC_MONETARY', LC_MESSAGES: 'LC_MESSAGES'}


class Error(Exception):
    pass


def _from_env(category):
    for var in ('LC_ALL', _NAMES.get(category, 'LC_CTYPE'), 'LANG'):
        v = _os.environ.get(var)
        if v:
            return v
    return 'C'


def _supported(name):
    return name in ('C', 'POSIX') or name.lower().replace('-', '') in ('c.utf8',)


_current = {c: 'C' for c in _NAMES}
_current[LC_CTYPE] = _from_env(LC_CTYPE) if _supported(_from_env(LC_CTYPE)) else 'C'


def setlocale(category, locale=None):
    if category != LC_ALL and category not in _NAMES:
        raise Error('unsupported locale setting')
    if locale is None:
        if category != LC_ALL:
            return _current[category]
        values = [_current[c] for c in sorted(_NAMES)]
        if all(v == values[0] for v in values):
            return values[0]
        return ';'.join('%s=%s' % (_NAMES[c], _current[c]) for c in sorted(_NAMES))
    if not isinstance(locale, _str):
        locale = normalize('.'.join(x for x in locale if x))
    cats = sorted(_NAMES) if category == LC_ALL else [category]
    chosen = {}
    for c in cats:
        name = _from_env(c) if locale == '' else locale
        if not _supported(name):
            raise Error('unsupported locale setting')
        if name == 'POSIX':
            name = 'C'
        chosen[c] = name
    _current.update(chosen)
    return setlocale(category)


def getlocale(category=LC_CTYPE):
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    name = _current[category]
    if name in ('C', 'POSIX'):
        return (None, None)
    if name.lower().replace('-', '') == 'c.utf8':
        return ('en_US', 'UTF-8')
    if '.' in name:
        lang, enc = name.split('.', 1)
        return (lang, enc)
    return (name, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    for var in envvars:
        v = _os.environ.get(var)
        if v:
            if v in ('C', 'POSIX'):
                return (None, None)
            if v.lower().replace('-', '') == 'c.utf8':
                return ('en_US', 'UTF-8')
            if '.' in v:
                return tuple(v.split('.', 1))
            return (v, None)
    return (None, None)


def getpreferredencoding(do_setlocale=True):
    if not do_setlocale and _current[LC_CTYPE] in ('C', 'POSIX'):
        return 'ANSI_X3.4-1968'
    return 'UTF-8'


def getencoding():
    return 'UTF-8'


def normalize(localename):
    return localename


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    return percent % value


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string('%.12g', val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)
