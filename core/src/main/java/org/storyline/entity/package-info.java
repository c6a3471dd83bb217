/**
 * Named entities: finding mentions of people, organisations and places in annotated articles, the
 * titles written next to them, and resolving them across the articles of a story into entities with one
 * canonical name, across spellings, transliterations, surname-only and title-only references.
 */
package org.storyline.entity;
