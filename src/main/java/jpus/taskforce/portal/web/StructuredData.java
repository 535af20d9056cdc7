package jpus.taskforce.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;

/**
 * schema.org JSON-LD for a document page: {@code Legislation} for laws and regulations,
 * {@code CreativeWork} otherwise. The JSON is embedded in a script block, so "&lt;/" is escaped
 * to keep a title from ever closing it.
 */
final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredData() {
    }

    static String of(Document d, LanguageVersion version, String agencyName, String pageUrl) {
        boolean legislation = d.getType() == DocumentType.LAW || d.getType() == DocumentType.REGULATION;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", legislation ? "Legislation" : "CreativeWork");
        data.put("name", version.getTitle());
        data.put("description", version.getSummary());
        data.put("inLanguage", version.getLanguage() == Language.JA ? "ja" : "en");
        data.put("url", pageUrl);
        data.put("sameAs", d.getSourceUrl());
        data.put("datePublished", d.getIssued().toString());
        if (legislation && d.getCitation() != null) {
            data.put("legislationIdentifier", d.getCitation());
        }
        data.put(legislation ? "legislationPassedBy" : "publisher", Map.of("@type", "Organization", "name", agencyName));
        data.put("keywords", List.copyOf(d.getTopics()));
        try {
            return JSON.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Structured data could not be serialised", e);
        }
    }
}
