/* Text folding, as the app's db/textfold.py does it: the page's query terms and the index built at
   publish time (app/publish/site_data.py) must fold alike, or a search misses what the app finds.
   Lower case; diacritics dropped from Latin, Greek and Cyrillic letters (not the vowel and tone
   marks of Thai, Khmer, Burmese or Devanagari, which are part of the word); letters with no
   decomposition (đ, ø, ß...) mapped; invisible characters dropped. */
(function () {
  "use strict";
  var RC = window.RC = window.RC || {};
  var SPECIAL = {
    "\u0111": "d", "\u0110": "d", "\u00f0": "d", "\u00d0": "d", "\u0142": "l", "\u0141": "l",
    "\u00f8": "o", "\u00d8": "o", "\u00e6": "ae", "\u00c6": "ae", "\u0153": "oe", "\u0152": "oe",
    "\u00df": "ss", "\u0131": "i", "\u0127": "h", "\u0126": "h", "\u00fe": "th", "\u00de": "th",
    "\u2019": "'", "\u2018": "'", "\u201c": "\"", "\u201d": "\"", "\u2013": "-", "\u2014": "-",
    "\n": " ", "\r": " ", "\t": " ", "\f": " ", "\v": " ", "\u2028": " ", "\u2029": " "
  };
  var SPECIAL_RE = new RegExp("[" + Object.keys(SPECIAL).join("") + "]", "g");
  var INVISIBLE = /[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
  var FOLDABLE_MARKS = /(?<=[\u0000-\u052f])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
  var ASCII = /^[\x00-\x7f]*$/;
  var UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\ua9e0-\ua9ff\uaa60-\uaa7f\uf900-\ufaff]|[\ud840-\ud87e][\udc00-\udfff]/;
  var PUNCTUATION = /[\p{P}\p{S}\s]+/gu;

  function special(ch) { return SPECIAL[ch]; }

  /* db/textfold.py fold(): Python's casefold() is toLowerCase() here, plus the final sigma. */
  RC.fold = function (text) {
    if (!text) return "";
    text = String(text).replace(SPECIAL_RE, special);
    if (ASCII.test(text)) return text.replace(INVISIBLE, "").toLowerCase();
    text = text.normalize("NFKD").replace(FOLDABLE_MARKS, "").replace(INVISIBLE, "").normalize("NFC");
    return text.toLowerCase().replace(/\u03c2/g, "\u03c3");
  };

  /* site_data.index_words(): folded, punctuation and symbols as single spaces. */
  RC.words = function (text) {
    return RC.fold(text).replace(PUNCTUATION, " ").trim();
  };

  /* A script written without spaces between words (Thai, Lao, Burmese, Khmer, Chinese...):
     its terms are looked for anywhere in a word, not only at a word's start. */
  RC.isUnspaced = function (text) { return UNSPACED.test(text); };
})();
