/**
 * Composing a story's brief: which sentences several outlets report (support), a summary that prefers
 * them without repeating itself, what only one outlet reports, and a headline; together with the story's
 * entities, aligned quotes and facts, every item citing its sources.
 */
package org.storyline.brief;
