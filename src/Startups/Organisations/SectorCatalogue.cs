namespace StPlatform.Startups.Organisations;

/// <summary>
/// The sectors the directory files organisations under, as codes with their labels, so that a
/// facet counts "nông nghiệp công nghệ cao" and "agritech" as one sector.
/// </summary>
public static class SectorCatalogue
{
    public static readonly IReadOnlyDictionary<string, (string Vietnamese, string English)> All =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["agritech"] = ("Nông nghiệp công nghệ cao", "Agritech"),
            ["biotech"] = ("Công nghệ sinh học", "Biotechnology"),
            ["healthtech"] = ("Y tế, dược", "Health"),
            ["edtech"] = ("Giáo dục", "Education"),
            ["fintech"] = ("Tài chính", "Finance"),
            ["logistics"] = ("Logistics, cảng biển", "Logistics and ports"),
            ["manufacturing"] = ("Sản xuất, cơ khí, tự động hóa", "Manufacturing and automation"),
            ["ict"] = ("Công nghệ thông tin, chuyển đổi số", "ICT and digital transformation"),
            ["energy"] = ("Năng lượng, môi trường", "Energy and environment"),
            ["tourism"] = ("Du lịch, dịch vụ", "Tourism and services"),
            ["marine"] = ("Kinh tế biển, thủy sản", "Marine economy and fisheries"),
            ["materials"] = ("Vật liệu mới", "New materials"),
        };

    public static string Label(string code) =>
        All.TryGetValue(code, out var label) ? label.Vietnamese : code;

    public static string EnglishLabel(string code) =>
        All.TryGetValue(code, out var label) ? label.English : code;
}
