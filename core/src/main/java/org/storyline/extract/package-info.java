/**
 * Article extraction from web pages: the body of the article (its paragraphs, lists and quotes, without
 * navigation, ads, captions, related links, comments or promos), its title, date, authors, outlet,
 * canonical address and language. Every body character keeps its offset in the raw HTML.
 */
package org.storyline.extract;
