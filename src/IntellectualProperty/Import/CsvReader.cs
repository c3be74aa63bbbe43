using System.Text;

namespace StPlatform.IntellectualProperty.Import;

/// <summary>RFC 4180 records: fields separated by commas, quoted when they hold commas, quotes or line breaks.</summary>
public static class CsvReader
{
    public static IEnumerable<IReadOnlyList<string>> Records(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        yield return fields;
                    }
                    fields = [];
                    break;
                default:
                    field.Append((char)c);
                    break;
            }
        }
        fields.Add(field.ToString());
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            yield return fields;
        }
    }
}
