using StPlatform.ServiceDefaults.Text;

namespace StPlatform.ServiceDefaults.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Hải Phòng", "hai phong")]
    [InlineData("HẢI PHÒNG", "hai phong")]
    [InlineData("Sở Khoa học và Công nghệ", "so khoa hoc va cong nghe")]
    [InlineData("ĐÀ NẴNG", "da nang")]
    [InlineData("Quận Đồ Sơn", "quan do son")]
    [InlineData("  Kiến   Thụy\t\n", "kien thuy")]
    [InlineData("2629/KH-UBND", "2629/kh-ubnd")]
    public void Folding_drops_case_diacritics_and_extra_spaces(string text, string folded) =>
        Assert.Equal(folded, VietnameseText.Fold(text));

    [Fact]
    public void A_name_written_in_composed_or_decomposed_Unicode_folds_the_same() =>
        Assert.Equal(VietnameseText.Fold("Thủy Nguyên"), VietnameseText.Fold("Thủy Nguyên".Normalize(System.Text.NormalizationForm.FormD)));

    [Fact]
    public void Nothing_folds_to_empty() =>
        Assert.Equal(string.Empty, VietnameseText.Fold(null) + VietnameseText.Fold("   "));

    [Fact]
    public void Several_parts_fold_into_one_search_text() =>
        Assert.Equal("sang che 1-2024-01234 nguyen van a", VietnameseText.FoldAll("Sáng chế", null, "1-2024-01234", " ", "Nguyễn Văn A"));

    [Fact]
    public void A_like_pattern_matches_the_users_wildcards_literally() =>
        Assert.Equal(@"%50\% cong\_nghe \\%", VietnameseText.LikePattern(@"50% Công_nghệ \"));
}
