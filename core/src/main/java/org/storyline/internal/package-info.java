/**
 * Small helpers shared by the stages that are not part of storyline's API: reading the word lists and
 * tables shipped as resources.
 */
package org.storyline.internal;
