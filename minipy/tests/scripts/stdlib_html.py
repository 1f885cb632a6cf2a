import html
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<\"&'>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &#39;x&#39; &#x41;&#65; &copy; &nbsp;| &hellip; &mdash; &euro;"))
print([html.unescape(t) for t in ["&#0;", "&#xd800;", "&#x110000;", "&#1;", "&#11;", "&#x7f;", "&#xfffe;", "&#x10ffff;", "&#65", "&#x41z", "&#;", "&#xZ;", "&#128;&#150;&#129;", "a & b", "&;", "plain"]])
print(html.unescape(html.escape("5 > 3 & 'quotes' \"too\"")))
