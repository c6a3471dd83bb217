package org.storyline.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * Resolves the names of a story's people, in passes from the surest evidence to the weakest; each pass joins a
 * mention to a person only when the story leaves exactly one candidate, and a name that fits two people
 * (a surname that father and son share) stays a person of its own:
 * <ol>
 * <li>full names written alike: spellings, initials, middle names that agree;</li>
 * <li>full names in a longer or shorter form: short and pet forms of the first name, a nickname, a middle
 * name used as the first, a suffix left out, a slip of one letter; only when each form has the other as its
 * one candidate;</li>
 * <li>a family name alone ({@code Lohan}, {@code Mr. LaRue}, {@code Lo Presti}, {@code Xi}), for the one person
 * of that family name its article names in full, else for the one person of the story;</li>
 * <li>a first name alone ({@code Ellen}) for the one person of its article with that first name, when it is no
 * family name of the story;</li>
 * <li>what is left joins the same name written alike.</li>
 * </ol>
 */
final class PersonResolver {

    private final Map<Mention, NameParts> names = new HashMap<>();
    private final List<MentionCluster> people = new ArrayList<>();
    private final Set<MentionCluster> ambiguousClusters = new HashSet<>();

    private NameParts name(Mention m) {
        return names.computeIfAbsent(m, x -> NameParts.of(x.text()));
    }

    /** Resolves the full names of {@code mentions} (passes 1 and 2); mentions without a full name are skipped. */
    void resolveFullNames(List<Mention> mentions) {
        readParticleFamilyNames(mentions);
        List<Mention> full = new ArrayList<>(mentions.stream().filter(m -> name(m).isFull()).toList());
        full.sort(Comparator.comparingInt(m -> GivenNames.isInitial(name(m).first()) ? 1 : 0));
        for (Mention m : full) {
            List<MentionCluster> fits = people.stream().filter(c -> fullNames(c).allMatch(q -> q.sameFullName(name(m))))
                    .toList();
            (fits.size() == 1 ? fits.get(0) : add(new MentionCluster(EntityType.PERSON))).add(m, ResolutionPass.FULL_NAME);
        }
        joinLongerAndShorterForms();
    }

    /**
     * Reads as a family name alone a name that spells, capitals and all, the family name with particles of another
     * person of the story ({@code Van Rompuy} beside {@code Herman Van Rompuy}, {@code De Gea} beside {@code David
     * De Gea}): written alone, a capitalised particle opens the family name, not a given name ({@code Van Jones}).
     */
    private void readParticleFamilyNames(List<Mention> mentions) {
        Set<String> particleFamilies = new HashSet<>();
        for (Mention m : mentions) {
            NameParts p = name(m);
            if (p.isFull() && p.surname().contains(" ")) {
                particleFamilies.add(p.surnameKey());
            }
        }
        for (Mention m : mentions) {
            NameParts p = name(m);
            if (p.isFull() && !p.surname().contains(" ") && p.given().size() == 1
                    && particleFamilies.contains(NameKey.fold(p.given().get(0) + p.surname()).replaceAll("[^a-z0-9]", ""))) {
                names.put(m, NameParts.familyNameAlone(m.text()));
            }
        }
    }

    private void joinLongerAndShorterForms() {
        boolean joined = true;
        while (joined) {
            joined = false;
            for (MentionCluster b : people) {
                List<MentionCluster> fits = bestFits(b);
                if (fits.size() == 1 && bestFits(fits.get(0)).equals(List.of(b)) && !namedApartInOneArticle(fits.get(0), b)) {
                    MentionCluster a = fits.get(0);
                    MentionCluster into = a.members.size() >= b.members.size() ? a : b;
                    MentionCluster from = into == a ? b : a;
                    into.addAll(from, ResolutionPass.LONGER_FORM);
                    people.remove(from);
                    joined = true;
                    break;
                }
            }
        }
    }

    /**
     * Whether one article names both people in full, the short form of a first name before its long form
     * ({@code Deputy Jerry Ortiz}, then his son {@code Jeremy Ortiz}): news introduces a person by the fuller name,
     * or by the name they go by, and may then shorten it ({@code Maurice Cheeks}, then {@code Mo Cheeks}), but does
     * not lengthen a name it has already given. Initials and spellings of one name do not count.
     */
    private boolean namedApartInOneArticle(MentionCluster a, MentionCluster b) {
        return shortBeforeLong(a, b) || shortBeforeLong(b, a);
    }

    private boolean shortBeforeLong(MentionCluster shorter, MentionCluster longer) {
        for (Mention x : shorter.members) {
            NameParts p = name(x);
            if (!p.isFull() || GivenNames.isInitial(p.first())) {
                continue;
            }
            for (Mention y : longer.members) {
                NameParts q = name(y);
                if (q.isFull() && x.article().equals(y.article()) && x.start() < y.start()
                        && GivenNames.isShortFormOf(p.first(), q.first()) && firstInArticle(shorter, x)
                        && firstInArticle(longer, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code m} is the first mention of cluster {@code c} in its article. */
    private static boolean firstInArticle(MentionCluster c, Mention m) {
        return c.members.stream().noneMatch(o -> o.article().equals(m.article()) && o.start() < m.start());
    }

    /** The people whose names fit all of {@code b}'s best, by the strongest evidence any of them gives. */
    private List<MentionCluster> bestFits(MentionCluster b) {
        int best = NameParts.NO_FIT;
        List<MentionCluster> out = new ArrayList<>();
        char initial = initial(b);
        for (MentionCluster a : people) {
            if (a == b || initial(a) != initial) {
                continue;
            }
            int fit = fullNames(a).mapToInt(p -> fullNames(b).mapToInt(p::fit).min().orElse(NameParts.NO_FIT))
                    .min().orElse(NameParts.NO_FIT);
            if (fit > best) {
                best = fit;
                out.clear();
            }
            if (fit == best && fit > NameParts.NO_FIT) {
                out.add(a);
            }
        }
        return out;
    }

    private Stream<NameParts> fullNames(MentionCluster c) {
        return c.members.stream().map(this::name).filter(NameParts::isFull).distinct();
    }

    /** The first letter of the family name of the cluster's first full name: names to compare start alike. */
    private char initial(MentionCluster c) {
        String key = fullNames(c).findFirst().map(NameParts::surnameKey).orElse("");
        return key.isEmpty() ? ' ' : key.charAt(0);
    }

    /** The people resolved from full names so far. */
    List<MentionCluster> people() {
        return people;
    }

    /**
     * The person a name without given names ({@code Lohan}, {@code Mr. LaRue}) stands for: the one person its
     * article names in full with that family name, else the one person of the story; the exact spelling is
     * preferred to another spelling. None when there is none; several when the name fits several.
     */
    Candidates surnameOwners(Mention m, List<MentionCluster> anchored, List<Mention> all) {
        NameParts p = name(m);
        List<MentionCluster> inArticle = owners(anchored, p, x -> x.article().equals(m.article()));
        if (inArticle.size() > 1) {
            List<MentionCluster> established = established(m, inArticle, all);
            if (!established.isEmpty()) {
                return new Candidates(established, ResolutionPass.SURNAME_ESTABLISHED);
            }
        }
        return inArticle.isEmpty() ? new Candidates(owners(anchored, p, x -> true), ResolutionPass.SURNAME_IN_STORY)
                : new Candidates(inArticle, ResolutionPass.SURNAME_IN_ARTICLE);
    }

    /**
     * Of the people of an article who share a family name, the one a family name alone stands for: news names a
     * person in full at first reference and by family name after, and names a relative who comes in later by first
     * or full name ({@code Frederick C. LaRue … LaRue became … His father, Ike Parsons LaRue}). So when the article
     * writes the family name alone after naming one of them in full and before naming any other, it is that one's
     * throughout the article. Empty when the article writes it alone first, or only after naming several.
     */
    private List<MentionCluster> established(Mention m, List<MentionCluster> candidates, List<Mention> all) {
        String key = name(m).surnameKey();
        Mention firstAlone = all.stream().filter(x -> x.article().equals(m.article()) && x.type() == EntityType.PERSON
                && !name(x).isFull() && name(x).surnameKey().equals(key))
                .min(Comparator.comparingInt(Mention::start)).orElse(m);
        List<MentionCluster> namedBefore = candidates.stream().filter(c -> c.members.stream()
                .anyMatch(x -> x.article().equals(m.article()) && name(x).isFull() && x.start() < firstAlone.start()))
                .toList();
        return namedBefore.size() == 1 ? namedBefore : List.of();
    }

    /** The people a name may stand for, and the pass that found them. */
    record Candidates(List<MentionCluster> people, ResolutionPass pass) {
    }

    private List<MentionCluster> owners(List<MentionCluster> anchored, NameParts p, Predicate<Mention> where) {
        List<MentionCluster> candidates = anchored.stream().filter(c -> !genderClash(c, p)).toList();
        List<MentionCluster> exact = candidates.stream().filter(c -> c.members.stream().filter(where)
                .map(this::name).anyMatch(q -> q.isFull() && q.surnameKey().equals(p.surnameKey()))).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        List<MentionCluster> spelt = candidates.stream().filter(c -> c.members.stream().filter(where)
                .map(this::name).anyMatch(q -> q.isFull() && NameKey.keysMatch(q.surnameSpelling(), p.surnameSpelling()))).toList();
        if (!spelt.isEmpty()) {
            return spelt;
        }
        return candidates.stream().filter(c -> c.members.stream().filter(where)
                .map(this::name).anyMatch(q -> q.isFull() && NameKey.keysClose(q.surnameSpelling(), p.surnameSpelling(), false))).toList();
    }

    /**
     * The person a first name alone stands for: the one person the mention's article refers to (by any name)
     * whose first name or nickname it is; empty when none or several, or when the word is a family name of
     * the story.
     */
    List<MentionCluster> firstNameOwners(Mention m, List<MentionCluster> anchored) {
        NameParts p = name(m);
        if (p.words().size() != 1 || p.honorific() != null || p.suffix() != null
                || anchored.stream().anyMatch(c -> fullNames(c).anyMatch(q -> q.hasExactSurname(p.surname())))) {
            return List.of();
        }
        String word = NameKey.fold(p.surname());
        List<MentionCluster> found = anchored.stream()
                .filter(c -> c.members.stream().anyMatch(x -> x.article().equals(m.article())))
                .filter(c -> fullNames(c).anyMatch(q -> NameKey.fold(q.first()).equals(word)
                        || q.nickname() != null && NameKey.fold(q.nickname()).equals(word))).toList();
        return found.size() == 1 ? found : List.of();
    }

    /**
     * The people a one-word name tagged as something else (a place, an organisation) may be the family name
     * of: a variant spelling of one person's family name (a mistagged {@code Selenskyj}), or the exact family
     * name when the story also tags that word alone as a person; {@code Jordan} the country is not
     * {@code Jim Jordan}.
     */
    List<MentionCluster> taggedOtherOwners(Mention m, List<MentionCluster> anchored, List<Mention> all) {
        NameParts p = name(m);
        List<MentionCluster> exact = owners(anchored, p, x -> true).stream()
                .filter(c -> fullNames(c).anyMatch(q -> q.surnameKey().equals(p.surnameKey()))).toList();
        if (!exact.isEmpty()) {
            boolean personElsewhere = all.stream().anyMatch(o -> o.type() == EntityType.PERSON
                    && name(o).isSurnameOnly() && name(o).surnameKey().equals(p.surnameKey()));
            return personElsewhere || surnameTaggedAsOrganisation(m, exact, all) ? exact : List.of();
        }
        return owners(anchored, p, x -> true);
    }

    /**
     * Whether a one-word name the tagger took for an organisation is the family name of the one person the
     * article has named in full before it ({@code Gov. Kristi Noem} … {@code Noem told the paper}), as news
     * writes a person after the first reference; not when the story also writes the word inside a longer
     * organisation name ({@code Ford Motor Co.}): then it is the company.
     */
    private boolean surnameTaggedAsOrganisation(Mention m, List<MentionCluster> owners, List<Mention> all) {
        if (m.type() != EntityType.ORG || owners.size() != 1) {
            return false;
        }
        boolean namedBefore = owners.get(0).members.stream().anyMatch(x -> x.article().equals(m.article())
                && x.start() < m.start() && name(x).isFull());
        String word = m.text().toLowerCase(java.util.Locale.ROOT);
        boolean inLongerName = all.stream().anyMatch(o -> o.type() == EntityType.ORG && o.text().contains(" ")
                && java.util.Arrays.asList(o.text().toLowerCase(java.util.Locale.ROOT).split("\\s+")).contains(word));
        return namedBefore && !inLongerName;
    }

    /**
     * A person of its own for a name no pass resolved: with the unresolved mentions of that name, or, when the
     * name fits several people, with the other mentions of that name in the same article only (one article
     * means one person by one name; across articles it may be either).
     */
    MentionCluster unresolved(Mention m, boolean ambiguous, List<MentionCluster> leftovers) {
        NameParts p = name(m);
        for (MentionCluster c : leftovers) {
            NameParts q = name(c.first());
            boolean alike = ambiguous ? c.first().article().equals(m.article()) && q.surnameKey().equals(p.surnameKey())
                    && fullNames(c).findAny().isEmpty() == p.isSurnameOnly()
                    : NameKey.keysMatch(q.surnameSpelling(), p.surnameSpelling());
            if (alike && ambiguous(c) == ambiguous && !genderClash(c, p)) {
                return c.add(m, ResolutionPass.UNRESOLVED);
            }
        }
        MentionCluster c = add(new MentionCluster(EntityType.PERSON)).add(m, ResolutionPass.UNRESOLVED);
        leftovers.add(c);
        if (ambiguous) {
            ambiguousClusters.add(c);
        }
        return c;
    }

    /**
     * The people of unresolved names that fit nobody: names the story never writes in full, which the tagger
     * may have taken for a person wrongly ({@code Palmer} the town).
     */
    List<MentionCluster> namedNowhereInFull(List<MentionCluster> leftovers) {
        return leftovers.stream().filter(c -> !ambiguous(c) && fullNames(c).findAny().isEmpty()).toList();
    }

    private boolean ambiguous(MentionCluster c) {
        return ambiguousClusters.contains(c);
    }

    private boolean genderClash(MentionCluster c, NameParts p) {
        return c.members.stream().map(this::name).anyMatch(q -> q.gendersClash(p));
    }

    private MentionCluster add(MentionCluster c) {
        people.add(c);
        return c;
    }
}
