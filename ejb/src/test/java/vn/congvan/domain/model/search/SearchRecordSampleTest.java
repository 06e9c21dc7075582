package vn.congvan.domain.model.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample buckets the facets of a large result are estimated from: stable, in range and evenly spread. */
class SearchRecordSampleTest {

    @Test
    void consecutiveIdsSpreadEvenlyOverTheBuckets() {
        int n = 640_000;
        int[] counts = new int[SearchRecord.SAMPLE_BUCKETS];
        for (long id = 1; id <= n; id++) {
            int b = SearchRecord.sampleBucket(SearchRecord.KIND_INCOMING, id);
            assertTrue(b >= 0 && b < SearchRecord.SAMPLE_BUCKETS, "bucket " + b);
            counts[b]++;
        }
        int expected = n / SearchRecord.SAMPLE_BUCKETS;
        for (int c : counts) {
            assertTrue(Math.abs(c - expected) < expected * 0.03, "bucket of " + c + " documents, expected about " + expected);
        }
    }

    @Test
    void aShareOfTheBucketsHoldsThatShareOfAnyRunOfIds() {
        // ids registered together (one day, one department) are a run: a quarter of the buckets holds about a quarter
        for (long start : new long[]{1, 12_345, 3_000_000_000L}) {
            int in = 0;
            for (long id = start; id < start + 8000; id++) {
                if (SearchRecord.sampleBucket(SearchRecord.KIND_OUTGOING, id) < SearchRecord.SAMPLE_BUCKETS / 4) {
                    in++;
                }
            }
            assertTrue(Math.abs(in - 2000) < 150, in + " of 8000 in a quarter of the buckets from id " + start);
        }
    }

    @Test
    void theBucketDependsOnlyOnKindAndId() {
        assertEquals(SearchRecord.sampleBucket("INCOMING", 42), SearchRecord.sampleBucket("INCOMING", 42));
        int differ = 0;
        for (long id = 1; id <= 1000; id++) {
            if (SearchRecord.sampleBucket("INCOMING", id) != SearchRecord.sampleBucket("OUTGOING", id)) {
                differ++;
            }
        }
        assertNotEquals(0, differ, "an incoming and an outgoing document with the same id fall in unrelated buckets");
        assertTrue(differ > 900, differ + " of 1000");
    }
}
