package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.lowlevel.common.impl.MetadataFields;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.it.SearchIT.ids;
import static vn.congvan.it.SearchIT.search;

/**
 * An index written by an earlier version of the mapping is rebuilt when the server starts. Before the access keys
 * and the catch-all fields, every document of the index lacked them: the searches of this version would not find
 * those documents, and nothing else would ever write them again (their rows did not change).
 *
 * <p>The test stops the server (kill -9), replaces one document of its index, behind the application's back, by
 * what an earlier version would have left of it for this version — the same Hibernate Search identity, none of
 * the current fields — and starts the server again: the document must be found again, by the rebuild at start
 * (the admin status shows a rebuild that started after the restart), and the index must hold each row once.
 */
class SearchIndexUpgradeIT {

    @Test
    void anIndexWrittenByAnEarlierMappingIsRebuiltAtStart() throws Exception {
        String tok = SearchIT.token();
        String inFile = SearchIT.token();
        long id = SearchIT.registerAs(Api.basic("vanthu"), Map.of("subject", "Hướng dẫn cập nhật cơ sở dữ liệu đất đai " + tok),
                SearchIT.pdf("HƯỚNG DẪN", "Cập nhật cơ sở dữ liệu đất đai cấp xã " + inFile));
        // the file's text read and indexed: nothing is left for the extraction worker to write after the restart
        assertEquals(List.of(id), ids(SearchIT.waitFor("vanthu", "text=" + inFile, 60)));

        ItServer server = ItServer.find();
        server.kill();
        Path index = Path.of(System.getProperty("it.data.dir"), "index", "document");
        downgrade(index, tok);
        Instant restartedAt = Instant.now();
        server.restart(Duration.ofMinutes(5));

        // without the rebuild at start the document would stay out of every search of this version
        JsonNode found = SearchIT.waitFor("vanthu", "q=" + tok, 120);
        assertEquals(List.of(id), ids(found));
        assertEquals(List.of(id), ids(search("vanthu", "text=" + inFile)), "with the file's text, not read again");
        JsonNode status = waitForRebuild(120);
        JsonNode reindex = status.get("reindex");
        assertNotNull(reindex.get("startedAt"), status.toString());
        assertTrue(Instant.parse(reindex.get("startedAt").asText()).isAfter(restartedAt), "a rebuild after the restart: " + status);
        assertEquals(status.get("documents").asLong(), status.get("indexed").asLong(), "each row once: " + status);
        assertEquals(List.of(id), ids(search("vanthu", "q=" + tok)), "found once");
    }

    /**
     * Replaces the document whose catch-all field holds {@code token} by one with its Hibernate Search identity
     * and type only — as an earlier mapping left it, for the fields this version searches.
     */
    private static void downgrade(Path index, String token) throws Exception {
        try (Directory dir = FSDirectory.open(index)) {
            String hsearchId;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                ScoreDoc[] docs = new IndexSearcher(reader).search(new TermQuery(new Term("all_folded", token)), 2).scoreDocs;
                assertEquals(1, docs.length, "the test document in the index");
                hsearchId = idOf(reader, docs[0].doc);
            }
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                Document old = new Document();
                old.add(MetadataFields.searchableMetadataField(MetadataFields.idFieldName(), hsearchId));
                old.add(MetadataFields.searchableMetadataField(MetadataFields.typeFieldName(), MetadataFields.TYPE_MAIN_DOCUMENT));
                writer.updateDocument(new Term(MetadataFields.idFieldName(), hsearchId), old);
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(0, new IndexSearcher(reader).count(new TermQuery(new Term("all_folded", token))),
                        "the document's current fields are gone from the index");
            }
        }
    }

    /** The Hibernate Search identity of a Lucene document (the term of the id field whose postings hold it). */
    private static String idOf(DirectoryReader reader, int doc) throws Exception {
        for (LeafReaderContext leaf : reader.leaves()) {
            int local = doc - leaf.docBase;
            if (local < 0 || local >= leaf.reader().maxDoc()) {
                continue;
            }
            Terms terms = leaf.reader().terms(MetadataFields.idFieldName());
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                PostingsEnum p = te.postings(null, PostingsEnum.NONE);
                if (p.advance(local) == local) {
                    return t.utf8ToString();
                }
            }
        }
        throw new AssertionError("no id for document " + doc);
    }

    private static JsonNode waitForRebuild(int seconds) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        JsonNode status;
        do {
            status = Api.get("quantri", "/api/admin/search/status").json();
            if ("DONE".equals(status.get("reindex").get("state").asText())) {
                return status;
            }
            Thread.sleep(500);
        } while (System.currentTimeMillis() < end);
        throw new AssertionError("No finished rebuild in " + seconds + " s: " + status);
    }
}
