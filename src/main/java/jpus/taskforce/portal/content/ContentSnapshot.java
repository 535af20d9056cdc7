package jpus.taskforce.portal.content;

import java.util.List;

/** Everything read from the content folder, with the files that could not be read and why. */
public record ContentSnapshot(
        List<ContentFiles.AgencyEntry> agencies,
        List<ContentFiles.TopicEntry> topics,
        List<ContentFiles.GlossaryEntry> glossary,
        List<ContentFiles.GoodEntry> goods,
        List<ContentFiles.RegionEntry> regions,
        List<DocumentSource> documents,
        List<ContentProblem> problems) {
}
