package jpus.taskforce.portal.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import jpus.taskforce.portal.attachment.RejectedAttachment.Reason;

/**
 * Checks an uploaded file and extracts its text for search. The type comes from the content alone (magic
 * bytes, and the parts list of a zip container), never from the name or a client's Content-Type; only PDF,
 * Word (.docx) and UTF-8 plain text pass. PDFs that run scripts or programs are refused; decompression
 * bombs are stopped by POI's zip limits ({@code ZipSecureFile}), and text extraction stops at
 * {@link #MAX_TEXT_CHARS} characters (keeping the beginning) and at {@link #TIME_LIMIT}. The time limit is
 * checked whenever the parser reports text or structure, so a single long step (inflating one huge compressed
 * PDF stream, about 8 s a gigabyte here) can overrun it; memory stays flat during such a step.
 * <p>
 * Thread-safe. Parsing is blocking and CPU-bound: call it from a worker thread, with the upload's size
 * already capped by the HTTP layer.
 */
@ApplicationScoped
public class AttachmentInspector {

    /** Text beyond this is dropped: the attachment is still accepted. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** Reading longer than this refuses the attachment as too complex. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(20);

    /** What a password-protected Word, Excel or PowerPoint file is detected as (an OLE2 wrapper). */
    private static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";

    private static final String UNSUPPORTED = "Only PDF, Word (.docx) and plain-text files can be attached.";
    private static final String NOT_PLAIN_UTF8 = "Plain-text files must be UTF-8 text without control characters.";
    private static final String DAMAGED = "The file cannot be read: it may be damaged or incomplete.";
    private static final String PASSWORD = "The file is password-protected. Please attach a copy without a password.";
    private static final String SCRIPTS = "The PDF contains JavaScript or actions that start programs. "
            + "Please attach a copy without them (printing it to a new PDF removes them).";
    private static final String EXPANDS = "The file expands to far more data than its size suggests, so it was not read.";
    private static final String INTRICATE = "The file is too complex to read. Please attach a simpler copy.";
    private static final String TOO_SLOW = "The file took too long to read. Please attach a simpler copy.";

    private static final EmbeddedDocumentExtractor SKIP_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // Files attached inside a document are neither searched nor trusted.
        }
    };

    private static final Parser PDF_PARSER = new PDFParser();
    private static final Parser DOCX_PARSER = new OOXMLParser();

    static {
        // Loading OOXMLParser switches POI's zip-bomb checks off JVM-wide (Tika relies on checks of its own
        // that only its AutoDetectParser applies). Put POI's defaults back: an entry inflating more than
        // 100 times its compressed size, or more than 1,000 entries, is refused.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private final Detector detector = new DefaultDetector();
    private final int maxTextChars;
    private final Duration timeLimit;

    public AttachmentInspector() {
        this(MAX_TEXT_CHARS, TIME_LIMIT);
    }

    AttachmentInspector(int maxTextChars, Duration timeLimit) {
        this.maxTextChars = maxTextChars;
        this.timeLimit = timeLimit;
    }

    /**
     * @param content          the uploaded bytes
     * @param declaredFileName the name the client gave, used only to derive a safe name; may be null
     * @throws RejectedAttachment when the file is not accepted; its message can be shown to the uploader
     */
    public InspectedAttachment inspect(byte[] content, String declaredFileName) {
        if (content == null || content.length == 0) {
            throw new RejectedAttachment(Reason.EMPTY, "The file is empty.");
        }
        long deadline = System.nanoTime() + timeLimit.toNanos();
        TextCollector collector = new TextCollector(maxTextChars, deadline);
        AttachmentType type = detect(content);
        switch (type) {
            case PDF -> {
                refuseActivePdf(content, deadline);
                parse(PDF_PARSER, content, pdfContext(), collector);
            }
            case DOCX -> parse(DOCX_PARSER, content, docxContext(), collector);
            case TEXT -> readPlainText(content, collector);
        }
        return new InspectedAttachment(AttachmentFileName.sanitise(declaredFileName, type.extension()),
                type.mediaType(), collector.text());
    }

    private AttachmentType detect(byte[] content) {
        MediaType detected;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            // No resource name in the metadata: the name must not influence the type.
            detected = detector.detect(in, new Metadata());
        } catch (IOException | RuntimeException e) {
            throw new RejectedAttachment(Reason.UNSUPPORTED_TYPE, UNSUPPORTED, e);
        }
        String baseType = detected.getBaseType().toString();
        if (PROTECTED_OOXML.equals(baseType)) {
            throw new RejectedAttachment(Reason.ENCRYPTED, PASSWORD);
        }
        return AttachmentType.ofMediaType(baseType)
                .orElseThrow(() -> new RejectedAttachment(Reason.UNSUPPORTED_TYPE, UNSUPPORTED));
    }

    private static void refuseActivePdf(byte[] content, long deadline) {
        boolean active;
        try (PDDocument document = Loader.loadPDF(content)) {
            active = PdfActiveContent.isPresent(document.getDocument(), deadline);
        } catch (InvalidPasswordException e) {
            throw new RejectedAttachment(Reason.ENCRYPTED, PASSWORD, e);
        } catch (PdfActiveContent.TooComplex | StackOverflowError e) {
            throw new RejectedAttachment(Reason.TOO_COMPLEX, INTRICATE, e);
        } catch (IOException | RuntimeException e) {
            throw new RejectedAttachment(Reason.MALFORMED, DAMAGED, e);
        }
        if (active) {
            throw new RejectedAttachment(Reason.ACTIVE_CONTENT, SCRIPTS);
        }
    }

    private static ParseContext pdfContext() {
        PDFParserConfig config = new PDFParserConfig();
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setExtractInlineImages(false);
        config.setExtractActions(false);
        config.setExtractIncrementalUpdateInfo(false);
        config.setParseIncrementalUpdates(false);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        context.set(EmbeddedDocumentExtractor.class, SKIP_EMBEDDED);
        return context;
    }

    private static ParseContext docxContext() {
        OfficeParserConfig config = new OfficeParserConfig();
        // The streaming (SAX) reader keeps memory flat however large document.xml is.
        config.setUseSAXDocxExtractor(true);
        config.setExtractMacros(false);
        config.setIncludeDeletedContent(false);
        config.setIncludeMoveFromContent(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, config);
        context.set(EmbeddedDocumentExtractor.class, SKIP_EMBEDDED);
        return context;
    }

    private static void parse(Parser parser, byte[] content, ParseContext context, TextCollector collector) {
        Metadata metadata = new Metadata();
        Throwable failure = null;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, new BodyContentHandler(collector), metadata, context);
        } catch (IOException | SAXException | TikaException | RuntimeException | StackOverflowError e) {
            failure = e;
        }
        // Tika records a part it could not read as a warning and carries on; POI's zip-bomb refusal is one.
        boolean bomb = Arrays.stream(metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING))
                .anyMatch(AttachmentInspector::mentionsZipBomb);
        settle(collector, bomb, failure);
    }

    /** Decides what a parse that ended (normally, or with the failure) amounts to. */
    private static void settle(TextCollector collector, boolean bomb, Throwable failure) {
        if (collector.truncated()) {
            return;
        }
        if (collector.timedOut()) {
            throw new RejectedAttachment(Reason.TOO_COMPLEX, TOO_SLOW, failure);
        }
        if (bomb) {
            throw new RejectedAttachment(Reason.TOO_COMPLEX, EXPANDS, failure);
        }
        if (failure != null) {
            throw refusal(failure);
        }
    }

    private static RejectedAttachment refusal(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof EncryptedDocumentException || t instanceof InvalidPasswordException
                    || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new RejectedAttachment(Reason.ENCRYPTED, PASSWORD, failure);
            }
            if (mentionsZipBomb(t.getMessage())) {
                return new RejectedAttachment(Reason.TOO_COMPLEX, EXPANDS, failure);
            }
            if (t instanceof StackOverflowError || t instanceof TikaMemoryLimitException) {
                return new RejectedAttachment(Reason.TOO_COMPLEX, INTRICATE, failure);
            }
        }
        return new RejectedAttachment(Reason.MALFORMED, DAMAGED, failure);
    }

    /** POI's ZipSecureFile limits (inflation ratio, entry size, entry count) fail with these words. */
    private static boolean mentionsZipBomb(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("zip bomb") || lower.contains("potentially malicious");
    }

    private static void readPlainText(byte[] content, TextCollector collector) {
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new RejectedAttachment(Reason.UNSUPPORTED_TYPE, NOT_PLAIN_UTF8, e);
        }
        if (chars.length() > 0 && chars.charAt(0) == '\uFEFF') {
            chars.position(1);
        }
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new RejectedAttachment(Reason.UNSUPPORTED_TYPE, NOT_PLAIN_UTF8);
            }
        }
        try {
            collector.characters(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
        } catch (SAXException stopped) {
            settle(collector, false, stopped);
        }
    }
}
