package dev.bulwark.demo;

/**
 * Pages shaped like the ones Flask's development server shows with {@code debug=True}: the
 * interactive debugger after an exception, its console, and the plain 404/405 pages.
 */
final class WerkzeugPages {
  private WerkzeugPages() {}

  /** The debugger page for an unhandled exception, traceback and console secret included. */
  static String debugger(String exception, String route, String sourceLine) {
    String title = escape(exception);
    return "<!doctype html>\n<html lang=en>\n<head>\n"
        + "<title>"
        + title
        + " // Werkzeug Debugger</title>\n"
        + "<link rel=\"stylesheet\" href=\"?__debugger__=yes&amp;cmd=resource&amp;f=style.css\">\n"
        + "<script>\n  var CONSOLE_MODE = false,\n      EVALEX = true,\n"
        + "      EVALEX_TRUSTED = false,\n      SECRET = \"Xq7tWd0mFAKE00demo\";\n</script>\n"
        + "</head>\n<body style=\"background-color: #fff\">\n<div class=\"debugger\">\n"
        + "<h1>"
        + title.substring(0, Math.max(0, title.indexOf(':')))
        + "</h1>\n<div class=\"detail\"><p class=\"errormsg\">"
        + title
        + "</p></div>\n<h2 class=\"traceback\">Traceback <em>(most recent call last)</em></h2>\n"
        + "<div class=\"traceback\"><ul>\n"
        + frame(
            "/usr/local/lib/python3.8/site-packages/flask/app.py",
            2088,
            "wsgi_app",
            "response = self.full_dispatch_request()")
        + frame("/srv/orders/app.py", 97, route, sourceLine)
        + "</ul>\n<blockquote>"
        + title
        + "</blockquote>\n</div>\n"
        + "<div class=\"explanation\">The debugger caught an exception in your WSGI application."
        + " You can now look at the traceback which led to the error.</div>\n"
        + "<div class=\"footer\">Brought to you by <strong class=\"arthur\">DON'T PANIC</strong>,"
        + " your friendly Werkzeug powered traceback interpreter.</div>\n</div>\n</body>\n</html>\n";
  }

  /** The interactive console at {@code /console}. */
  static String console() {
    return "<!doctype html>\n<html lang=en>\n<head>\n<title>Console // Werkzeug Debugger</title>\n"
        + "<script>\n  var CONSOLE_MODE = true,\n      EVALEX = true,\n"
        + "      SECRET = \"Xq7tWd0mFAKE00demo\";\n</script>\n</head>\n<body>\n"
        + "<div class=\"debugger\"><h1>Interactive Console</h1>\n"
        + "<div class=\"explanation\">In this console you can execute Python expressions in the"
        + " context of the application.</div>\n"
        + "<div class=\"console\"><div class=\"inner\">The Console requires JavaScript.</div></div>\n"
        + "</div>\n</body>\n</html>\n";
  }

  static String notFound() {
    return "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
        + "<p>The requested URL was not found on the server. If you entered the URL manually"
        + " please check your spelling and try again.</p>\n";
  }

  static String methodNotAllowed() {
    return "<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n"
        + "<h1>Method Not Allowed</h1>\n"
        + "<p>The method is not allowed for the requested URL.</p>\n";
  }

  static String badRequest() {
    return "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n"
        + "<h1>Bad Request</h1>\n"
        + "<p>The browser (or proxy) sent a request that this server could not understand.</p>\n";
  }

  private static String frame(String file, int line, String function, String source) {
    return "<li><div class=\"frame\"><h4>File <cite class=\"filename\">\""
        + file
        + "\"</cite>, line <em class=\"line\">"
        + line
        + "</em>, in <code class=\"function\">"
        + function
        + "</code></h4>\n<div class=\"source\"><pre class=\"line current\"><span class=\"ws\">"
        + "    </span>"
        + escape(source)
        + "</pre></div></div></li>\n";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#x27;");
  }
}
