package jpus.taskforce.portal.api;

/** Request bodies shown in the OpenAPI document, so that a partner can start from a working call. */
final class ApiExamples {

    static final String DOCUMENT = """
            {
              "slug": "meti-practical-reference-2026",
              "type": "guidance",
              "government": "JP",
              "agency": "meti",
              "topics": ["human-rights-due-diligence"],
              "issued": "2026-04",
              "status": "in-force",
              "binding": false,
              "sourceUrl": "https://www.meti.go.jp/policy/economy/business-jinken/index.html",
              "visibility": "public",
              "versions": {
                "en": {"title": "Practical reference on human rights due diligence",
                       "summary": "Steps a company can take to find and address human rights risks in its supply chain.",
                       "body": "## Identify risks\\n\\nMap your suppliers first."},
                "ja": {"title": "人権デューディリジェンスに関する実務参照資料",
                       "summary": "企業がサプライチェーンにおける人権リスクを特定し、対処するための手順を示します。",
                       "body": "## リスクの特定\\n\\nまず取引先を把握します。"}
              }
            }""";

    static final String SUBMIT = """
            {"changeNote": "Added the reporting dates for 2026.", "major": true}""";

    static final String PUBLISH = """
            {"publishAt": "2027-01-06T00:00:00Z"}""";

    static final String RETURN = """
            {"remark": "The Japanese summary still names the 2022 edition; please align it with the English."}""";

    static final String REMARK = """
            {"text": "Checked the reporting dates against the official notice."}""";

    static final String ARCHIVE = """
            {"changeNote": "Replaced by the 2027 edition."}""";

    static final String WEBHOOK = """
            {"url": "https://partner.example.org/portal-events",
             "events": ["published", "updated", "archived", "withdrawn"],
             "secret": "a-long-random-secret-of-your-own"}""";

    private ApiExamples() {
    }
}
