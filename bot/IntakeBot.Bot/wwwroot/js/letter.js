// The letter page's print button. A separate file because the Content-Security-Policy allows no inline script.
'use strict';
document.getElementById('print-letter')?.addEventListener('click', () => window.print());
