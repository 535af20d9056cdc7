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
import jpus.taskforce.portal.document.Provenance;
import jpus.taskforce.portal.i18n.Labels;

/**
 * schema.org JSON-LD for a document page: {@code Legislation} for laws and regulations,
 * {@code CreativeWork} otherwise. An official instrument names its issuing body as author and
 * publisher; an editorial note names the knowledge base's editors as author and the knowledge base
 * as publisher, never a government. The JSON is embedded in a script block, so "&lt;/" is escaped
 * to keep a title from ever closing it.
 */
final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredData() {
    }

    static String of(Document d, LanguageVersion version, String agencyName, String siteUrl, String pageUrl) {
        boolean legislation = d.getType() == DocumentType.LAW || d.getType() == DocumentType.REGULATION;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", legislation ? "Legislation" : "CreativeWork");
        data.put("name", version.getTitle());
        data.put("description", version.getSummary());
        data.put("inLanguage", version.getLanguage() == Language.JA ? "ja" : "en");
        data.put("url", pageUrl);
        data.put("datePublished", d.getIssued().toString());
        if (legislation && d.getCitation() != null) {
            data.put("legislationIdentifier", d.getCitation());
        }
        Map<String, Object> author = Map.of("@type", "Organization", "name", agencyName);
        if (d.getProvenance() == Provenance.EDITORIAL) {
            data.put("author", author);
            data.put("publisher", Map.of("@type", "Organization", "name", Labels.in(version.getLanguage()).site_name(),
                    "url", siteUrl + "/"));
            data.put("isBasedOn", d.getSourceUrl());
        } else {
            data.put("sameAs", d.getSourceUrl());
            data.put("author", author);
            data.put(legislation ? "legislationPassedBy" : "publisher", author);
        }
        if (d.getReviewed() != null) {
            data.put("lastReviewed", d.getReviewed().toString());
        }
        data.put("keywords", List.copyOf(d.getTopics()));
        try {
            return JSON.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Structured data could not be serialised", e);
        }
    }
}
