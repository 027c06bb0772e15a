package brokerlab.spark;

import brokerlab.experiment.Outcome;
import brokerlab.experiment.SweepFile;
import brokerlab.experiment.SweepResult;
import brokerlab.experiment.SweepSpec;
import brokerlab.util.Json;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sweep's two tables as Parquet, written by Spark's own writer: {@code NAME.parquet} (one row per point) and
 * {@code NAME-runs.parquet} (one row per task), each a folder with one part file. The sweep's metadata (the
 * description, seed, library, Spark and Java versions, wall time) travels inside the file: as the metadata of
 * every column under the key {@value #KEY}, which Spark stores in the Parquet footer's schema, so
 * {@code spark.read().parquet(path).schema().fields()[0].metadata().getString("brokerlab.sweep")} returns it.
 */
final class ParquetOutput {
    /** The column-metadata key holding the sweep's metadata as JSON. */
    static final String KEY = "brokerlab.sweep";

    private ParquetOutput() {}

    static List<Path> write(SparkSession session, Path directory, SweepSpec spec, SweepResult<Outcome> result, Map<String, ?> run) {
        Map<String, Object> meta = new LinkedHashMap<>(SweepFile.metadata(spec));
        meta.putAll(run);
        Metadata m = new MetadataBuilder().putString(KEY, Json.compact(meta)).build();
        Path table = directory.resolve(spec.name() + ".parquet"), runs = directory.resolve(spec.name() + "-runs.parquet");
        write(session, result.table(spec.tableMetrics(result)), m, table);
        write(session, SweepFile.runs(result), m, runs);
        return List.of(table, runs);
    }

    private static void write(SparkSession session, Table t, Metadata meta, Path path) {
        List<StructField> fields = new ArrayList<>();
        for (var c : t.columns()) {
            DataType type = c.type() == ColumnType.INTEGER ? DataTypes.IntegerType : DataTypes.DoubleType;
            fields.add(new StructField(c.name(), type, true, meta));
        }
        List<Row> rows = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            Object[] values = new Object[t.columnCount()];
            for (int c = 0; c < values.length; c++) {
                Object v = t.column(c).get(r);
                values[c] = v instanceof Double d && d.isNaN() ? null : v;
            }
            rows.add(RowFactory.create(values));
        }
        session.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new))).coalesce(1)
                .write().mode(SaveMode.Overwrite).parquet(path.toAbsolutePath().toString());
    }
}
