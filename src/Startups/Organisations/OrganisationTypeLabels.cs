namespace StPlatform.Startups.Organisations;

public static class OrganisationTypeLabels
{
    public static string Vietnamese(OrganisationType type) => type switch
    {
        OrganisationType.InnovativeStartup => "Khởi nghiệp đổi mới sáng tạo",
        OrganisationType.ScienceTechnologyEnterprise => "Doanh nghiệp khoa học và công nghệ",
        OrganisationType.OtherEnterprise => "Doanh nghiệp khác",
        OrganisationType.Incubator => "Vườn ươm",
        OrganisationType.Accelerator => "Tổ chức thúc đẩy kinh doanh",
        OrganisationType.InnovationCentre => "Trung tâm đổi mới sáng tạo",
        OrganisationType.CoworkingSpace => "Không gian làm việc chung",
        OrganisationType.Investor => "Nhà đầu tư, quỹ đầu tư",
        OrganisationType.Network => "Mạng lưới, hiệp hội",
        OrganisationType.ResearchInstitute => "Viện nghiên cứu",
        OrganisationType.University => "Trường đại học",
        OrganisationType.SupportProgramme => "Chương trình hỗ trợ",
        _ => type.ToString(),
    };

    public static string English(OrganisationType type) => type switch
    {
        OrganisationType.InnovativeStartup => "innovative startup",
        OrganisationType.ScienceTechnologyEnterprise => "S&T enterprise",
        OrganisationType.OtherEnterprise => "other enterprise",
        OrganisationType.Incubator => "incubator",
        OrganisationType.Accelerator => "accelerator",
        OrganisationType.InnovationCentre => "innovation centre",
        OrganisationType.CoworkingSpace => "coworking space",
        OrganisationType.Investor => "investor",
        OrganisationType.Network => "network or association",
        OrganisationType.ResearchInstitute => "research institute",
        OrganisationType.University => "university",
        OrganisationType.SupportProgramme => "support programme",
        _ => type.ToString(),
    };
}
