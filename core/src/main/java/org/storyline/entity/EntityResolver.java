package org.storyline.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * Resolves the mentions of a story's articles into entities. People are anchored on full names: full
 * names join when first name and surname are spellings of one another; a surname alone joins the one
 * person of the story with that surname, and stays apart when there are several. Organisations and
 * places join on a normalised key, the alias table and acronyms ({@code EU}, {@code European Union}).
 */
public final class EntityResolver {

    private final Aliases aliases;

    /** A resolver with the standard alias table. */
    public EntityResolver() {
        this(Aliases.standard());
    }

    /** A resolver with the given alias table. */
    public EntityResolver(Aliases aliases) {
        this.aliases = aliases;
    }

    /** Resolves all mentions of one story. */
    public EntityIndex resolve(List<Mention> mentions) {
        PersonResolver persons = new PersonResolver();
        persons.resolveFullNames(mentions.stream()
                .filter(m -> m.type() == EntityType.PERSON && aliases.find(m.text()).isEmpty()).toList());
        List<MentionCluster> anchored = List.copyOf(persons.people());
        Set<Mention> taken = new HashSet<>();
        anchored.forEach(c -> taken.addAll(c.members));
        List<MentionCluster> leftovers = new ArrayList<>();
        List<MentionCluster> others = new ArrayList<>();
        for (Mention m : mentions) {
            if (taken.contains(m)) {
                continue;
            }
            Optional<Aliases.Alias> alias = aliases.find(m.text());
            if (m.type() == EntityType.PERSON && alias.isEmpty()) {
                PersonResolver.Candidates candidates = persons.surnameOwners(m, anchored, mentions);
                if (candidates.people().isEmpty()) {
                    candidates = new PersonResolver.Candidates(persons.firstNameOwners(m, anchored),
                            ResolutionPass.FIRST_NAME_IN_ARTICLE);
                }
                List<MentionCluster> owners = candidates.people();
                if (owners.size() == 1) {
                    owners.get(0).add(m, candidates.pass());
                } else {
                    persons.unresolved(m, owners.size() > 1, leftovers);
                }
                continue;
            }
            List<MentionCluster> owners = alias.isPresent() || m.text().contains(" ") ? List.of()
                    : persons.taggedOtherOwners(m, anchored, mentions);
            if (owners.size() == 1) {
                owners.get(0).add(m, ResolutionPass.OTHER_TAG);
            } else {
                String key = alias.map(x -> OrgNames.key(x.canonical())).orElse(OrgNames.key(m.text()));
                others.stream().filter(c -> c.key.equals(key)).findFirst()
                        .orElseGet(() -> add(others, new MentionCluster(key, alias.orElse(null)))).add(m, ResolutionPass.NAME_KEY);
            }
        }
        OrgResolver.join(others);
        joinNamesTaggedAsPeople(persons.people(), others);
        joinPeopleTaggedAsNames(persons.people(), persons.namedNowhereInFull(leftovers), others);
        return build(persons.people(), others);
    }

    private static <T> T add(List<T> list, T item) {
        list.add(item);
        return item;
    }

    /**
     * A name of several words the tagger took for an organisation or place in one article and for a person in
     * another ({@code Peyton Manning}, {@code Bandar Abbas}) is one thing: its mentions join the person.
     */
    private static void joinNamesTaggedAsPeople(List<MentionCluster> people, List<MentionCluster> others) {
        Map<String, MentionCluster> byFullName = new HashMap<>();
        for (MentionCluster p : people) {
            for (Mention m : p.members) {
                if (NameParts.of(m.text()).isFull()) {
                    byFullName.putIfAbsent(OrgNames.key(m.text()), p);
                }
            }
        }
        others.removeIf(o -> {
            MentionCluster p = o.alias == null && o.key.length() > 0 && o.members.stream()
                    .allMatch(m -> m.text().contains(" ")) ? byFullName.get(o.key) : null;
            if (p != null) {
                p.addAll(o, ResolutionPass.OTHER_TAG);
            }
            return p != null;
        });
    }

    /**
     * A name the story never writes as a person's in full but the tagger took for a person in one article and
     * for a place or organisation in another ({@code Palmer} the town, {@code Morningside} the clinic) is that
     * place or organisation.
     */
    private static void joinPeopleTaggedAsNames(List<MentionCluster> people, List<MentionCluster> unresolved,
                                                List<MentionCluster> others) {
        Map<String, MentionCluster> byKey = new HashMap<>();
        others.forEach(o -> byKey.putIfAbsent(OrgNames.key(o.first().text()), o));
        for (MentionCluster p : unresolved) {
            MentionCluster o = byKey.get(OrgNames.key(p.first().text()));
            if (o != null) {
                o.addAll(p, ResolutionPass.OTHER_TAG);
                people.remove(p);
            }
        }
    }

    private EntityIndex build(List<MentionCluster> people, List<MentionCluster> others) {
        List<MentionCluster> all = new ArrayList<>(people);
        all.addAll(others);
        Map<Mention, Entity> byMention = new HashMap<>();
        Map<Entity, List<String>> roles = new HashMap<>();
        Map<Mention, ResolutionPass> passes = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (MentionCluster c : all) {
            Entity e = c.toEntity();
            entities.add(e);
            c.members.forEach(m -> byMention.put(m, e));
            passes.putAll(c.passes);
            roles.put(e, c.roles());
        }
        entities.sort(Entity.MOST_MENTIONED_FIRST);
        return new EntityIndex(entities, byMention, roles, passes);
    }
}
