using Microsoft.Extensions.Compliance.Classification;

namespace SocialPrescribing.Compliance;

/// <summary>
/// Data classes for what the services hold. Personal data (names, NHS numbers, contact details, dates of birth,
/// equality data, free text about a person) is special-category health data here and never reaches a log: the
/// services' redactor erases whatever carries this class.
/// </summary>
public static class DataClassifications
{
    private const string Taxonomy = "SocialPrescribing";

    public static DataClassification PersonalData { get; } = new(Taxonomy, nameof(PersonalData));
}

/// <summary>
/// Marks a property or log parameter as personal data. Kept with the types that hold it (domain and stored records),
/// so logging such a type with <c>[LogProperties]</c> erases the marked values.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class PersonalDataAttribute() : DataClassificationAttribute(DataClassifications.PersonalData);
