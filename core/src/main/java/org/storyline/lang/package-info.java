/**
 * Language identification: {@link org.storyline.lang.LanguageDetector} gives the ISO 639-1 code of a
 * text, or nothing when the text is too short or the answer unsure; {@link
 * org.storyline.lang.OpenNlpLanguageDetector#shared()} is the implementation, Apache OpenNLP 2.5.6 with
 * its {@code langdetect-183} model (103 languages) from the Maven artifact
 * {@code org.apache.opennlp:opennlp-models-langdetect:1.3.0}; nothing is downloaded at run time.
 * {@link org.storyline.lang.LanguageTagger} marks an ingested {@link org.storyline.model.Article} with
 * the language of its body. {@link org.storyline.lang.StopWords} gives a language's function words from
 * Apache Lucene's per-language lists (Snowball's and Lucene's analyzers', Polish from its Stempel module).
 *
 * <h2>Why OpenNLP and not Lingua</h2>
 * Measured by {@code LanguageDetectorBench} (test sources; {@code mvn -pl core -Plang-bench test
 * -Dtest=LanguageDetectorBench -Dbench.lang=true}) on ten news paragraphs in each of 15 languages (en,
 * de, fr, es, it, pt, nl, sv, nb, da, pl, cs, ru, uk, tr), their first sentences, and their first five
 * words; answers are right/wrong/none of 150; speeds on a shared 2-core machine, one thread.
 * <table>
 * <caption>Language detectors compared</caption>
 * <tr><th>detector</th><th>jars added</th><th>load</th><th>heap</th><th>paragraphs</th>
 *     <th>sentences</th><th>5 words</th><th>paragraphs/s</th></tr>
 * <tr><td>OpenNLP + rules below (chosen)</td><td>12 MB</td><td>1.5-3.5 s</td><td>34 MB</td>
 *     <td>150/0/0</td><td>148/0/2</td><td>92/0/58</td><td>1,000-1,350</td></tr>
 * <tr><td>OpenNLP, raw best guess</td><td>12 MB</td><td>1.5 s</td><td>34 MB</td>
 *     <td>150/0/0</td><td>149/1/0</td><td>133/17/0</td><td>900-1,350</td></tr>
 * <tr><td>Lingua 1.2.2, all 75 languages, low accuracy</td><td>109 MB</td><td>2-5 s</td><td>43-66 MB</td>
 *     <td>150/0/0</td><td>147/3/0</td><td>133/17/0</td><td>150-200</td></tr>
 * <tr><td>Lingua, all 75 languages, high accuracy</td><td>109 MB</td><td>22-47 s</td><td>940-1,400 MB</td>
 *     <td>150/0/0</td><td>150/0/0</td><td>149/1/0</td><td>80-280</td></tr>
 * <tr><td>Lingua, only the 15 languages, low accuracy</td><td>109 MB</td><td>1.7 s</td><td>17 MB</td>
 *     <td>150/0/0</td><td>148/2/0</td><td>143/7/0</td><td>560-1,700</td></tr>
 * <tr><td>Lingua, only the 15 languages, high accuracy</td><td>109 MB</td><td>10-18 s</td><td>443 MB</td>
 *     <td>150/0/0</td><td>150/0/0</td><td>150/0/0</td><td>670-1,440</td></tr>
 * </table>
 * On whole paragraphs, which is what articles are, every candidate is right every time. Lingua's
 * high-accuracy mode is better only on five-word snippets (headlines), and pays for it with 109 MB of
 * jars (its 80 MB jar plus fastutil and Kotlin), 0.9-1.4 GB of heap, 20-45 s to load and 4-10 times
 * less speed; restricting it to a fixed list of languages would make it cheaper but would misname
 * articles in every language left out. OpenNLP covers 103 languages in 12 MB, loads in about 2 s,
 * holds 34 MB and is the fastest on paragraphs. Its weak spot, short snippets, is handled by refusing to
 * answer: fewer than 12 letters, or a best language less than 1.2 times as probable as the second,
 * gives no language. With that rule it made no wrong call on the 450 texts; what it left unanswered
 * (2 sentences, 58 snippets) are texts whose two best guesses were nearly tied.
 * Norwegian Bokmål is {@code nb} (Nynorsk {@code nn}), as OpenNLP tells them apart.
 */
package org.storyline.lang;
