// NHS.UK frontend's "JavaScript is on" marker, from a file rather than inline so the Content-Security-Policy
// needs no 'unsafe-inline'. Loaded first thing in <body>, without defer, so styles apply before first paint.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
