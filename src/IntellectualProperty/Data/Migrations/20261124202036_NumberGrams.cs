using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StPlatform.IntellectualProperty.Data.Migrations
{
    /// <summary>
    /// Number grams: every five-character piece of each word of the search text that has a digit
    /// ("1-2019-0000042" gives "1-201", "-2019", ... "00042"), in a GIN index. A number's trigrams
    /// ("000", "201") are in most assets, so the trigram index reads most of its posting lists to
    /// find one number (37 ms at a million assets); five characters are rare enough that the same
    /// search reads a few pages (2 ms). See IpSearchSql.NumberGramLength and bench/README.md.
    /// </summary>
    public partial class NumberGrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION ip_number_grams(search_text text) RETURNS text[]
                LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
                DECLARE
                    word text;
                    grams text[] := '{}';
                BEGIN
                    FOREACH word IN ARRAY string_to_array(search_text, ' ') LOOP
                        IF word ~ '[0-9]' THEN
                            FOR i IN 1 .. length(word) - 4 LOOP
                                grams := grams || substr(word, i, 5);
                            END LOOP;
                        END IF;
                    END LOOP;
                    RETURN grams;
                END
                $$;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_ip_assets_number_grams ON ip_assets USING gin (ip_number_grams(search_text));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_ip_assets_number_grams;");
            migrationBuilder.Sql("DROP FUNCTION ip_number_grams(text);");
        }
    }
}
