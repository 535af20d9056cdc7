package jpus.taskforce.portal.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import jpus.taskforce.portal.content.ContentFiles.AgencyEntry;
import jpus.taskforce.portal.content.ContentFiles.GlossaryEntry;
import jpus.taskforce.portal.content.ContentFiles.GoodEntry;
import jpus.taskforce.portal.content.ContentFiles.Meta;
import jpus.taskforce.portal.content.ContentFiles.RegionEntry;
import jpus.taskforce.portal.content.ContentFiles.TopicEntry;
import jpus.taskforce.portal.content.ContentFiles.VersionHeader;
import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.DocumentMetadata;
import jpus.taskforce.portal.document.DocumentRules;
import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageText;
import jpus.taskforce.portal.document.PartialDate;
import jpus.taskforce.portal.document.Provenance;
import jpus.taskforce.portal.document.Visibility;

/**
 * Reads and validates the content folder. Every problem is reported against the file that has it,
 * and one bad file never stops the others from loading.
 */
public final class ContentReader {

    private static final Pattern SLUG = DocumentRules.SLUG;
    /** ISO 3166-1 alpha-2, or an ISO 3166-2 subdivision code such as CN-XJ. */
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    private static final int TITLE_MAX = DocumentRules.TITLE_MAX;
    private static final int SUMMARY_MAX = DocumentRules.SUMMARY_MAX;

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Path root;
    private final List<ContentProblem> problems = new ArrayList<>();
    private List<AgencyEntry> agencies = List.of();
    private List<TopicEntry> topics = List.of();
    private List<GlossaryEntry> glossary = List.of();
    private List<GoodEntry> goods = List.of();
    private List<RegionEntry> regions = List.of();
    private final Map<String, AgencyEntry> agencyById = new HashMap<>();
    private final Set<String> topicIds = new HashSet<>();
    private final Set<String> goodIds = new HashSet<>();
    private final Set<String> regionIds = new HashSet<>();

    private ContentReader(Path root) {
        this.root = root;
    }

    /** Reads the whole folder into memory: for small folders and for checking content. */
    public static ContentSnapshot read(Path root) {
        ContentReader reader = open(root);
        List<DocumentSource> documents = reader.documentFolders().stream()
                .map(reader::readDocument)
                .flatMap(Optional::stream)
                .toList();
        return new ContentSnapshot(reader.agencies, reader.topics, reader.glossary, reader.goods, reader.regions, documents,
                reader.problems());
    }

    /**
     * Reads and validates the vocabularies; the documents are then read one at a time with
     * {@link #readDocument}, so that loading a large folder never holds all of its text at once.
     */
    public static ContentReader open(Path root) {
        ContentReader reader = new ContentReader(root);
        if (!Files.isDirectory(root)) {
            reader.problems.add(new ContentProblem(root.toString(), "the content folder does not exist"));
            return reader;
        }
        reader.agencies = reader.validAgencies(reader.readList(ContentFiles.AGENCIES, new TypeReference<>() {
        }));
        reader.topics = reader.validTopics(reader.readList(ContentFiles.TOPICS, new TypeReference<>() {
        }));
        reader.glossary = reader.validGlossary(reader.readList(ContentFiles.GLOSSARY, new TypeReference<>() {
        }));
        reader.goods = reader.validTree(ContentFiles.GOODS, "good", SLUG, reader.readList(ContentFiles.GOODS,
                new TypeReference<>() {
                }), GoodEntry::id, GoodEntry::labels, GoodEntry::parent);
        reader.regions = reader.validTree(ContentFiles.REGIONS, "region", REGION_CODE, reader.readList(ContentFiles.REGIONS,
                new TypeReference<>() {
                }), RegionEntry::id, RegionEntry::labels, RegionEntry::parent);
        reader.agencies.forEach(a -> reader.agencyById.put(a.id(), a));
        reader.topics.forEach(t -> reader.topicIds.add(t.id()));
        reader.goods.forEach(g -> reader.goodIds.add(g.id()));
        reader.regions.forEach(r -> reader.regionIds.add(r.id()));
        return reader;
    }

    public List<AgencyEntry> agencies() {
        return agencies;
    }

    public List<TopicEntry> topics() {
        return topics;
    }

    public List<GlossaryEntry> glossary() {
        return glossary;
    }

    public List<GoodEntry> goods() {
        return goods;
    }

    public List<RegionEntry> regions() {
        return regions;
    }

    /** Every problem found so far, in the order found. */
    public List<ContentProblem> problems() {
        return List.copyOf(problems);
    }

    // ---- vocabularies ----

    private <T> List<T> readList(String file, TypeReference<List<T>> type) {
        Path path = root.resolve(file);
        if (!Files.exists(path)) {
            problems.add(new ContentProblem(file, "file is missing"));
            return List.of();
        }
        try {
            List<T> entries = parseYaml(file, readUtf8(file, path), YAML.getTypeFactory().constructType(type));
            return entries == null ? List.of() : entries;
        } catch (InvalidContentException e) {
            problems.add(e.problem());
            return List.of();
        }
    }

    private List<AgencyEntry> validAgencies(List<AgencyEntry> entries) {
        List<AgencyEntry> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AgencyEntry a : entries) {
            String where = "agency '" + a.id() + "'";
            if (a.id() == null || !SLUG.matcher(a.id()).matches()) {
                reject(ContentFiles.AGENCIES, "agency id '" + a.id() + "' must be lower-case letters, digits and hyphens");
            } else if (!seen.add(a.id())) {
                reject(ContentFiles.AGENCIES, where + " is listed twice");
            } else if (CodedValue.fromCode(Government.class, a.government()).isEmpty()) {
                reject(ContentFiles.AGENCIES, where + ": government '" + a.government() + "' is not one of "
                        + CodedValue.allowed(Government.class));
            } else if (!bothLabels(a.labels())) {
                reject(ContentFiles.AGENCIES, where + " needs labels in en and ja");
            } else {
                valid.add(a);
            }
        }
        return valid;
    }

    private List<TopicEntry> validTopics(List<TopicEntry> entries) {
        List<TopicEntry> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TopicEntry t : entries) {
            if (t.id() == null || !SLUG.matcher(t.id()).matches()) {
                reject(ContentFiles.TOPICS, "topic id '" + t.id() + "' must be lower-case letters, digits and hyphens");
            } else if (!seen.add(t.id())) {
                reject(ContentFiles.TOPICS, "topic '" + t.id() + "' is listed twice");
            } else if (!bothLabels(t.labels())) {
                reject(ContentFiles.TOPICS, "topic '" + t.id() + "' needs labels in en and ja");
            } else {
                valid.add(t);
            }
        }
        return valid;
    }

    private List<GlossaryEntry> validGlossary(List<GlossaryEntry> entries) {
        List<GlossaryEntry> valid = new ArrayList<>();
        Set<String> english = new HashSet<>();
        Set<String> japanese = new HashSet<>();
        for (GlossaryEntry g : entries) {
            if (isBlank(g.en()) || isBlank(g.ja())) {
                reject(ContentFiles.GLOSSARY, "an entry needs both 'en' and 'ja' (found en='" + g.en() + "', ja='" + g.ja() + "')");
            } else if (!english.add(g.en().strip().toLowerCase(java.util.Locale.ROOT))) {
                reject(ContentFiles.GLOSSARY, "English term '" + g.en() + "' is listed twice");
            } else if (!japanese.add(g.ja().strip())) {
                reject(ContentFiles.GLOSSARY, "Japanese term '" + g.ja() + "' is listed twice");
            } else {
                valid.add(g);
            }
        }
        return valid;
    }

    /**
     * A vocabulary whose entries may name a parent entry of the same file: ids well formed and unique,
     * labels in both languages, every parent listed, and no entry its own ancestor.
     */
    private <T> List<T> validTree(String file, String kind, Pattern idPattern, List<T> entries,
            java.util.function.Function<T, String> id, java.util.function.Function<T, ContentFiles.Labels> labels,
            java.util.function.Function<T, String> parent) {
        Map<String, T> byId = new java.util.LinkedHashMap<>();
        for (T entry : entries) {
            String entryId = id.apply(entry);
            if (entryId == null || !idPattern.matcher(entryId).matches()) {
                reject(file, kind + " id '" + entryId + "' is not of the form " + idPattern.pattern());
            } else if (byId.containsKey(entryId)) {
                reject(file, kind + " '" + entryId + "' is listed twice");
            } else if (!bothLabels(labels.apply(entry))) {
                reject(file, kind + " '" + entryId + "' needs labels in en and ja");
            } else {
                byId.put(entryId, entry);
            }
        }
        List<T> valid = new ArrayList<>();
        for (T entry : byId.values()) {
            String entryId = id.apply(entry);
            Set<String> ancestors = new HashSet<>();
            String up = parent.apply(entry);
            boolean ok = true;
            while (up != null && ok) {
                if (!byId.containsKey(up)) {
                    reject(file, kind + " '" + entryId + "': parent '" + up + "' is not listed");
                    ok = false;
                } else if (up.equals(entryId) || !ancestors.add(up)) {
                    reject(file, kind + " '" + entryId + "' is its own ancestor");
                    ok = false;
                } else {
                    up = parent.apply(byId.get(up));
                }
            }
            if (ok) {
                valid.add(entry);
            }
        }
        return valid;
    }

    private static boolean bothLabels(ContentFiles.Labels labels) {
        return labels != null && !isBlank(labels.en()) && !isBlank(labels.ja());
    }

    // ---- documents ----

    /** The document folders, in a stable order; empty (with a problem reported) when there are none to read. */
    public List<Path> documentFolders() {
        Path folder = root.resolve(ContentFiles.DOCUMENTS);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            problems.add(new ContentProblem(ContentFiles.DOCUMENTS, "folder is missing"));
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(ContentFiles.DOCUMENTS, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    /** One document read and validated, or empty when it is rejected (the problem is then reported). */
    public Optional<DocumentSource> readDocument(Path folder) {
        try {
            return Optional.of(readValidDocument(folder));
        } catch (InvalidContentException e) {
            problems.add(e.problem());
            return Optional.empty();
        }
    }

    private DocumentSource readValidDocument(Path folder) throws InvalidContentException {
        String slug = folder.getFileName().toString();
        String base = ContentFiles.DOCUMENTS + "/" + slug;
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidContentException(base, "the folder name is the slug and must be 3-80 lower-case letters, "
                    + "digits and hyphens, not starting or ending with a hyphen");
        }
        String metaFile = base + "/" + ContentFiles.META;
        Path metaPath = folder.resolve(ContentFiles.META);
        if (!Files.exists(metaPath)) {
            throw new InvalidContentException(metaFile, "file is missing");
        }
        String metaText = readUtf8(metaFile, metaPath);
        Meta meta = parseYaml(metaFile, metaText, YAML.getTypeFactory().constructType(Meta.class));
        if (meta == null) {
            throw new InvalidContentException(metaFile, "file is empty");
        }
        DocumentMetadata metadata = metadata(metaFile, meta);

        MessageDigest digest = sha256();
        digest.update(metaText.getBytes(StandardCharsets.UTF_8));
        Map<Language, LanguageText> versions = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = base + "/" + language.code() + ".md";
            Path path = folder.resolve(language.code() + ".md");
            if (Files.exists(path)) {
                String text = readUtf8(file, path);
                digest.update((language.code() + "\0").getBytes(StandardCharsets.UTF_8));
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                versions.put(language, version(file, text));
            }
        }
        checkLanguages(base, meta, versions);
        return new DocumentSource(slug, base, metadata, versions, HexFormat.of().formatHex(digest.digest()),
                blankToNull(meta.sourceException()));
    }

    private void checkLanguages(String base, Meta meta, Map<Language, LanguageText> versions) throws InvalidContentException {
        if (versions.isEmpty()) {
            throw new InvalidContentException(base, "has neither en.md nor ja.md");
        }
        if (versions.size() == Language.values().length) {
            if (meta.singleLanguage() != null) {
                throw new InvalidContentException(base + "/" + ContentFiles.META,
                        "declares singleLanguage but both en.md and ja.md exist");
            }
            return;
        }
        Language present = versions.keySet().iterator().next();
        var declared = meta.singleLanguage();
        if (declared == null || isBlank(declared.reason())) {
            throw new InvalidContentException(base, "has only " + present.code() + ".md; add "
                    + present.other().code() + ".md, or declare singleLanguage: {language: " + present.code()
                    + ", reason: ...} in meta.yaml if that is deliberate");
        }
        if (!present.code().equals(declared.language())) {
            throw new InvalidContentException(base + "/" + ContentFiles.META, "singleLanguage names '"
                    + declared.language() + "' but the file present is " + present.code() + ".md");
        }
    }

    private DocumentMetadata metadata(String file, Meta meta) throws InvalidContentException {
        DocumentType type = required(file, "type", meta.type(), DocumentType.class);
        Government government = required(file, "government", meta.government(), Government.class);
        if (isBlank(meta.agency())) {
            throw new InvalidContentException(file, "'agency' is required");
        }
        AgencyEntry agency = agencyById.get(meta.agency());
        if (agency == null) {
            throw new InvalidContentException(file, "agency '" + meta.agency() + "' is not in " + ContentFiles.AGENCIES);
        }
        Government agencyGovernment = Government.valueOf(agency.government());
        if (agencyGovernment != government && !agency.isEditorial()) {
            throw new InvalidContentException(file, "agency '" + meta.agency() + "' belongs to " + agencyGovernment
                    + " but the document's government is " + government);
        }
        Provenance provenance = required(file, "provenance", meta.provenance(), Provenance.class);
        if (agency.isEditorial() != (provenance == Provenance.EDITORIAL)) {
            throw new InvalidContentException(file, agency.isEditorial()
                    ? "agency '" + meta.agency() + "' is the portal's editors: provenance must be editorial"
                    : "an editorial document names the portal's editors as its agency, not '" + meta.agency() + "'");
        }
        if (meta.topics() == null || meta.topics().isEmpty()) {
            throw new InvalidContentException(file, "'topics' needs at least one topic id");
        }
        known(file, "topic", meta.topics(), topicIds, ContentFiles.TOPICS);
        known(file, "good", meta.goods(), goodIds, ContentFiles.GOODS);
        known(file, "region", meta.regions(), regionIds, ContentFiles.REGIONS);
        if (meta.binding() == null) {
            throw new InvalidContentException(file, "'binding' is required (true or false)");
        }
        if (isBlank(meta.issued())) {
            throw new InvalidContentException(file, "'issued' is required");
        }
        Visibility visibility = meta.visibility() == null ? Visibility.PUBLIC
                : required(file, "visibility", meta.visibility(), Visibility.class);
        if (meta.supersededBy() != null && !SLUG.matcher(meta.supersededBy()).matches()) {
            throw new InvalidContentException(file, "'supersededBy' must be a document slug");
        }
        DocumentStatus status = required(file, "status", meta.status(), DocumentStatus.class);
        PartialDate effective = date(file, "effective", meta.effective());
        if (status == DocumentStatus.ENACTED && effective == null) {
            throw new InvalidContentException(file, "status 'enacted' needs the 'effective' date on which it takes effect");
        }
        return new DocumentMetadata(type, government, meta.agency(), meta.topics().stream().distinct().toList(),
                date(file, "issued", meta.issued()), effective, date(file, "updated", meta.updated()), status,
                meta.binding(), blankToNull(meta.citation()), httpsUrl(file, meta.sourceUrl()), visibility,
                meta.supersededBy(), meta.singleLanguage() == null ? null : meta.singleLanguage().reason(), provenance,
                reviewed(file, meta.reviewed()), distinct(meta.goods()), distinct(meta.regions()));
    }

    private static void known(String file, String kind, List<String> ids, Set<String> vocabulary, String vocabularyFile)
            throws InvalidContentException {
        for (String id : ids == null ? List.<String>of() : ids) {
            if (!vocabulary.contains(id)) {
                throw new InvalidContentException(file, kind + " '" + id + "' is not in " + vocabularyFile);
            }
        }
    }

    private static List<String> distinct(List<String> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    /** The day the facts were last checked: a whole date, never in the future. */
    private static LocalDate reviewed(String file, String value) throws InvalidContentException {
        if (isBlank(value)) {
            throw new InvalidContentException(file, "'reviewed' is required: the date (YYYY-MM-DD) the facts were last "
                    + "checked against the official source");
        }
        try {
            LocalDate reviewed = LocalDate.parse(value.strip());
            if (reviewed.isAfter(LocalDate.now())) {
                throw new InvalidContentException(file, "'reviewed' " + value + " is in the future");
            }
            return reviewed;
        } catch (DateTimeParseException e) {
            throw new InvalidContentException(file, "'reviewed' must be a date as YYYY-MM-DD, found '" + value + "'");
        }
    }

    private static LanguageText version(String file, String text) throws InvalidContentException {
        FrontMatter split;
        try {
            split = FrontMatter.split(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidContentException(file, e.getMessage());
        }
        VersionHeader header = parseYaml(file, split.yaml(), YAML.getTypeFactory().constructType(VersionHeader.class));
        if (header == null || isBlank(header.title())) {
            throw new InvalidContentException(file, "'title' is required in the front matter");
        }
        if (isBlank(header.summary())) {
            throw new InvalidContentException(file, "'summary' is required in the front matter");
        }
        if (header.title().length() > TITLE_MAX || header.summary().length() > SUMMARY_MAX) {
            throw new InvalidContentException(file, "the title is limited to " + TITLE_MAX
                    + " characters and the summary to " + SUMMARY_MAX);
        }
        if (split.body().isBlank()) {
            throw new InvalidContentException(file, "the body after the front matter is empty");
        }
        return new LanguageText(header.title().strip(), header.summary().strip(), blankToNull(header.scope()),
                blankToNull(header.enforcement()), split.body());
    }

    // ---- field helpers ----

    private static <E extends Enum<E> & CodedValue> E required(String file, String key, String value, Class<E> type)
            throws InvalidContentException {
        if (isBlank(value)) {
            throw new InvalidContentException(file, "'" + key + "' is required");
        }
        return CodedValue.fromCode(type, value).orElseThrow(() -> new InvalidContentException(file,
                key + " '" + value + "' is not one of " + CodedValue.allowed(type)));
    }

    private static PartialDate date(String file, String key, String value) throws InvalidContentException {
        if (isBlank(value)) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidContentException(file, "'" + key + "': " + e.getMessage());
        }
    }

    private static String httpsUrl(String file, String value) throws InvalidContentException {
        var problem = DocumentRules.sourceUrlProblem(value);
        if (problem.isPresent()) {
            throw new InvalidContentException(file, "'sourceUrl' " + problem.get() + (isBlank(value) ? "" : ", found '" + value + "'"));
        }
        return value.strip();
    }

    private static <T> T parseYaml(String file, String text, JavaType type) throws InvalidContentException {
        try {
            return YAML.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidContentException(file, "unknown key '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            throw new InvalidContentException(file, "is not valid YAML of the expected shape: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
    }

    private static String readUtf8(String file, Path path) throws InvalidContentException {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidContentException(file, "is not valid UTF-8");
        } catch (IOException e) {
            throw new InvalidContentException(file, "cannot be read: " + e.getMessage());
        }
    }

    private void reject(String file, String message) {
        problems.add(new ContentProblem(file, message));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
