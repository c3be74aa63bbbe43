using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Import;

[Collection(SharedIpService.Name)]
public sealed partial class CsvImportTests(IpFixture fixture)
{
    private const string Header = "objectType,title,titleEn,applicationNumber,filedOn,owners,applicants,inventors,classes,agent";

    [Fact]
    public async Task File_with_one_bad_row_imports_nothing_and_reports_each_error_by_row_and_column()
    {
        var numbers = Enumerable.Range(0, 3).Select(_ => SampleAssets.UniqueApplicationNumber()).ToArray();
        var csv = string.Join("\n",
            Header,
            $"patent,\"Thiết bị lọc, khử mặn\",,{numbers[0]},12/09/2022,\"Viện Nghiên cứu Hải sản; 0200654321\",,Phạm Đức Thắng,C02F 1/44,",
            $"trademark,Nước mắm Cát Hải,,{numbers[1]},2023-01-05,\"HTX Cát Hải; 02006543\",,,29,",
            $"industrialDesign,Chai nước mắm,,{numbers[0]},31/02/2023,HTX Cát Hải,,,06-01,");
        using var client = fixture.CreateClient();

        var (html, _) = await ImportAsync(client, csv);

        Assert.Contains("Không dòng nào được nhập", html, StringComparison.Ordinal);
        Assert.Contains("<td>3</td><td>owners[0].taxCode</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>4</td><td>filedOn</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>4</td><td>applicationNumber</td><td>Trùng với dòng 2.", html, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Assets.CountAsync(a => numbers.Contains(a.ApplicationNumber))));
    }

    [Fact]
    public async Task Valid_file_is_imported_whole_with_quoted_fields_and_several_owners()
    {
        var numbers = Enumerable.Range(0, 2).Select(_ => SampleAssets.UniqueApplicationNumber()).ToArray();
        var csv = string.Join("\r\n",
            Header,
            $"utilitySolution,\"Hệ thống tưới tiêu \"\"thông minh\"\"\",Smart irrigation,{numbers[0]},2023-03-01,\"Trường Đại học Hải Phòng; 0200111222|Công ty TNHH Nông nghiệp Xanh; 0200333444\",,Lê Văn An|Đỗ Thị Bình,A01G 25/16,",
            $"trademark,Bánh đa cua Hải Phòng,,{numbers[1]},2023-04-02,Hội Doanh nghiệp Hải Phòng,,,30|43,") + "\r\n";
        using var client = fixture.CreateClient();

        var (html, _) = await ImportAsync(client, csv);

        Assert.Contains("Đã nhập 2 tài sản trí tuệ", html, StringComparison.Ordinal);
        var imported = await fixture.WithDbAsync(db => db.Assets.Include(a => a.Owners).Where(a => numbers.Contains(a.ApplicationNumber)).OrderBy(a => a.FiledOn).ToListAsync());
        Assert.Equal(2, imported.Count);
        Assert.Equal("Hệ thống tưới tiêu \"thông minh\"", imported[0].Title);
        Assert.Equal(["0200111222", "0200333444"], imported[0].Owners.OrderBy(o => o.Position).Select(o => o.TaxCode));
        Assert.Equal(["30", "43"], imported[1].Classes);
    }

    /// <summary>Uploads as a browser does, then follows the progress page until it stops refreshing.</summary>
    private static async Task<(string Html, Uri Progress)> ImportAsync(HttpClient client, string csv)
    {
        var form = await client.GetStringAsync(new Uri("/ip/import", UriKind.Relative));
        var token = Token().Match(form).Groups["token"].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "tai-san.csv" },
        };
        using var posted = await client.PostAsync(new Uri("/ip/import", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var progress = posted.Headers.Location!;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var page = await client.GetAsync(progress);
            var html = await page.Content.ReadAsStringAsync();
            if (!page.Headers.Contains("Refresh"))
            {
                return (html, progress);
            }
            Assert.True(DateTime.UtcNow < deadline, "The import was still running after 10 s.");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)" """)]
    private static partial Regex Token();
}
