using SocialPrescribing.ReferenceData;

namespace SocialPrescribing.Referrals.Application;

/// <summary>The groups every report's equity breakdowns put a person in, named the same way in each report.</summary>
public static class EquityGroups
{
    public static string DecileOf(DeprivationTable deprivation, PersonRecord person) =>
        deprivation.DecileOf(person.PostcodeDistrict)?.ToString() ?? "unknown area";

    public static string EthnicityOf(PersonRecord person) => person.Ethnicity?.WireName() ?? "not given";

    public static string CarerStatusOf(PersonRecord person) => (person.IsCarer, person.IsCaredFor) switch
    {
        (true, true) => "carer and cared for",
        (true, false) => "carer",
        (false, true) => "cared for",
        _ => "neither",
    };

    public static string DeprivationNote(DeprivationTable deprivation, string what) => deprivation.IsLoaded
        ? $"Deprivation deciles from {deprivation.Source}; 1 is the most deprived tenth of areas."
        : $"No deprivation table is loaded (Deprivation:Path), so {what} are not grouped by deprivation.";
}
