package org.storyline.model;

/** The kinds of named entity storyline resolves. */
public enum EntityType {
    PERSON, ORG, PLACE, OTHER
}
