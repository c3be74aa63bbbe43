using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace StPlatform.Gateway.Landing;

/// <summary>
/// The landing page: plain HTML, no script, Vietnamese first and English second. Status is told in
/// words as well as colour, and the colours keep at least 7:1 contrast on white.
/// </summary>
internal static class LandingPageHtml
{
    // Vietnamese letters stay readable in the source; only markup-significant characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Head = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Nền tảng Khoa học và Công nghệ / Science and Technology platform</title>
        <style>
        body { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; color: #1a1a1a; background: #fff; line-height: 1.5; }
        h1 { font-size: 1.6rem; margin-bottom: 0; }
        .en { color: #3d3d3d; }
        ul { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
        li { border: 1px solid #8a8a8a; border-radius: .5rem; padding: 1rem; }
        a { color: #0b3d91; font-weight: 600; font-size: 1.15rem; }
        a:focus { outline: 3px solid #0b3d91; outline-offset: 2px; }
        .status { font-weight: 600; }
        .up { color: #0a5c24; }
        .down { color: #9b1111; }
        .unknown { color: #3d3d3d; }
        </style>
        </head>
        <body>
        <header>
        <h1>Sở Khoa học và Công nghệ</h1>
        <p class="en" lang="en">Department of Science and Technology</p>
        </header>
        <main>
        <h2>Các dịch vụ <span class="en" lang="en">/ Services</span></h2>
        <ul>
        """;

    private const string Tail = """
        </ul>
        <p>Trạng thái cập nhật vài giây một lần; tải lại trang để xem mới nhất.
        <span class="en" lang="en">Status is refreshed every few seconds; reload the page to see the latest.</span>
        <a href="/api/gateway/status">JSON</a></p>
        </main>
        </body>
        </html>
        """;

    public static string Render(IEnumerable<(Department Department, ServiceState State)> services)
    {
        var html = new StringBuilder(Head).AppendLine();
        foreach (var (department, state) in services)
        {
            html.AppendLine("<li>")
                .Append("<a href=\"").Append(Encoder.Encode(department.Path)).Append("\">")
                .Append(Encoder.Encode(department.NameVi))
                .Append(" <span class=\"en\" lang=\"en\">/ ").Append(Encoder.Encode(department.NameEn)).AppendLine("</span></a>")
                .Append("<p>").Append(Encoder.Encode(department.AboutVi))
                .Append("<br><span class=\"en\" lang=\"en\">").Append(Encoder.Encode(department.AboutEn)).AppendLine("</span></p>")
                .Append("<p class=\"status ").Append(CssClassOf(state)).Append("\" data-service=\"").Append(Encoder.Encode(department.Service)).Append("\">")
                .Append(WordsOf(state)).AppendLine("</p>")
                .AppendLine("</li>");
        }
        return html.Append(Tail).AppendLine().ToString();
    }

    private static string CssClassOf(ServiceState state) => state switch
    {
        ServiceState.Up => "up",
        ServiceState.Down => "down",
        _ => "unknown",
    };

    private static string WordsOf(ServiceState state) => state switch
    {
        ServiceState.Up => "<span aria-hidden=\"true\">●</span> Đang hoạt động <span lang=\"en\">/ Up</span>",
        ServiceState.Down => "<span aria-hidden=\"true\">✕</span> Không hoạt động <span lang=\"en\">/ Down</span>",
        _ => "<span aria-hidden=\"true\">○</span> Đang kiểm tra <span lang=\"en\">/ Checking</span>",
    };
}
