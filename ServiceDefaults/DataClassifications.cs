using Microsoft.Extensions.Compliance.Classification;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Data classes used to mark log parameters. Personal data (names, NHS numbers, contact
/// details, free-text notes) is special-category health data here and is never logged.
/// </summary>
public static class DataClassifications
{
    private const string Taxonomy = "SocialPrescribing";

    public static DataClassification PersonalData { get; } = new(Taxonomy, nameof(PersonalData));
}

/// <summary>Marks a log-message parameter as personal data, so the redactor erases it.</summary>
public sealed class PersonalDataAttribute() : DataClassificationAttribute(DataClassifications.PersonalData);
