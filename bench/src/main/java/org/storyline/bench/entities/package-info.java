/**
 * Entity resolution quality on ECB+: the articles prepared and clustered as the batch pipeline does, the
 * entities of every story extracted as a brief forms them, written in the JSON of the command line's briefs
 * for {@code score_entities.py} (BCubed per type, wrong and missed merges against the ECB+ gold chains), with
 * the time the entity stage alone takes.
 */
package org.storyline.bench.entities;
