using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Tests.Organisations;

public sealed class OrganisationNamesTests
{
    [Theory]
    [InlineData("Công ty CP Công nghệ Hải Phòng", "CONG TY CP CONG NGHE HAI PHONG")]
    [InlineData("Công ty Cổ phần Công nghệ Hải Phòng", "Công ty CP Công nghệ Hải Phòng")]
    [InlineData("Công ty TNHH Đổi mới sáng tạo Đồ Sơn", "cong ty trach nhiem huu han doi moi sang tao do son")]
    [InlineData("Công ty Cổ phần Công nghệ Sinh học Hải Phòng", "Công ty Cổ phần Công nghệ Sinh hoc Hai Phong.")]
    [InlineData("Viện Khoa học và Công nghệ Biển", "Vien KH&CN Bien")]
    public void Names_that_differ_only_in_diacritics_case_punctuation_or_legal_form_are_near_identical(string first, string second) =>
        Assert.True(OrganisationNames.AreNearIdentical(first, second));

    [Theory]
    [InlineData("Công ty CP Công nghệ Hải Phòng", "Công ty CP Công nghệ Hà Nội")]
    [InlineData("Vườn ươm Doanh nghiệp Công nghệ cao Hải Phòng", "Quỹ Đầu tư Khởi nghiệp Hải Phòng")]
    [InlineData("Công ty TNHH Thủy sản Cát Bà", "Công ty TNHH Thủy sản Kiến Thụy")]
    public void Different_organisations_with_a_shared_legal_form_or_city_are_not(string first, string second) =>
        Assert.False(OrganisationNames.AreNearIdentical(first, second));

    [Fact]
    public void Folding_removes_diacritics_and_spells_d_for_the_crossed_d() =>
        Assert.Equal("cong ty cp dau tu do son", OrganisationNames.Fold("  CÔNG TY Cổ Phần   Đầu tư Đồ Sơn "));

    [Fact]
    public void Similarity_of_identical_names_is_one_and_of_unrelated_names_is_low()
    {
        Assert.Equal(1.0, OrganisationNames.Similarity("hai phong", "hai phong"));
        Assert.True(OrganisationNames.Similarity("hai phong", "kon tum") < 0.2);
    }
}
