namespace StPlatform.TestSupport;

public static class HtmlRows
{
    /// <summary>
    /// The <c>&lt;tr&gt;…&lt;/tr&gt;</c> showing <paramref name="text"/> on a list page, following the
    /// pager's "next" links (at most <paramref name="maxPages"/>) as a reader would.
    /// </summary>
    public static async Task<string> FindRowAsync(HttpClient client, string path, string text, int maxPages = 50)
    {
        ArgumentNullException.ThrowIfNull(client);
        for (var page = 1; page <= maxPages; page++)
        {
            var html = await client.GetStringAsync(new Uri($"{path}?page={page}", UriKind.Relative));
            if (html.Contains(text, StringComparison.Ordinal))
            {
                return RowContaining(html, text);
            }
            if (!html.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                break;
            }
        }
        Assert.Fail($"{path} does not show \"{text}\" on any page.");
        return string.Empty;
    }

    /// <summary>The <c>&lt;tr&gt;…&lt;/tr&gt;</c> of a page's table that contains <paramref name="text"/>.</summary>
    public static string RowContaining(string html, string text)
    {
        ArgumentNullException.ThrowIfNull(html);
        var at = html.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The page does not show \"{text}\".");
        var start = html.LastIndexOf("<tr>", at, StringComparison.Ordinal);
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > at, $"\"{text}\" is not in a table row.");
        return html[start..end];
    }
}
