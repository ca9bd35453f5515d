/**
 * Legislation: the library of laws in force and the making of local regulations, from the plan to
 * filing. The root package is what other modules use: typed ids, the enums their calls take, the
 * commands the demo world and others call ({@code CreateProject}, {@code AddDraftVersion},
 * {@code MoveProject}, {@code RecordVote}, {@code SubmitComment} …) and {@code LegislationSettings}.
 * Inside: {@code library} (laws, import, library pages), {@code drafts} (projects, draft versions
 * kept as 编/章/节/条/款/项, comparison tables), {@code comments} (public comment, moderation,
 * comment search and documents, retention), {@code process} (the readings workflow, votes,
 * activities, shelved projects, reminders, figures), {@code network} (contact points, consultation
 * pool, requests for opinion), {@code plan} (the yearly plan and its document), {@code inputs}
 * (legislative input from the liaison stations, answered back to them), {@code text} (the
 * structure of a legal text, Akoma Ntoso, Word) and {@code internal} (what those share: access
 * rule, navigation, texts, years).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legislation")
package org.lvzhi.legislation;
