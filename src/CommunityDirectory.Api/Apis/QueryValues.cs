using System.Globalization;
using SocialPrescribing.CommunityDirectory.Infrastructure.Postcodes;

namespace SocialPrescribing.CommunityDirectory.Apis;

/// <summary>
/// Reads query-string values by hand, so a bad one becomes a problem-details error naming the
/// parameter rather than a bare 400 from model binding.
/// </summary>
public sealed class QueryValues(FieldErrors errors)
{
    public const int MaxPerPage = 200;

    /// <summary>The last page any listing can have: beyond it (page − 1) × per_page would overflow, and no listing is that long.</summary>
    public const int MaxPage = int.MaxValue / MaxPerPage;
    public const double MaxRadiusMetres = 200_000;

    public FieldErrors Errors => errors;

    public int Integer(string name, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) || parsed < min || parsed > max)
        {
            errors.Add(name, $"Give a whole number from {min} to {max:N0}.");
            return fallback;
        }
        return parsed;
    }

    public int? OptionalInteger(string name, string? value, int min, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : Integer(name, value, min, min, max);

    public double? Metres(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var metres) || metres <= 0 || metres > MaxRadiusMetres)
        {
            errors.Add(name, $"Give a distance in metres, more than 0 and at most {MaxRadiusMetres:N0}.");
            return null;
        }
        return metres;
    }

    public bool Boolean(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        if (!bool.TryParse(value, out var parsed))
        {
            errors.Add(name, "Give true or false.");
        }
        return parsed;
    }

    public DateTimeOffset? Timestamp(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            errors.Add(name, "Give a date and time in ISO 8601 form, e.g. 2026-01-31T09:00:00Z.");
            return null;
        }
        return parsed;
    }

    public TimeOnly? Time(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!TimeOnly.TryParse(value, CultureInfo.InvariantCulture, out var parsed))
        {
            errors.Add(name, "Give a time of day as HH:mm, e.g. 09:30.");
            return null;
        }
        return parsed;
    }

    public Guid? Id(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!Guid.TryParse(value, out var parsed))
        {
            errors.Add(name, "Give an id (a UUID).");
            return null;
        }
        return parsed;
    }

    public GeoPoint? Postcode(PostcodeDirectory postcodes, string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : LocationRequestValidator.FindPostcode(errors, postcodes, name, value)?.Centroid;

    /// <summary>Taxonomy terms by code or id, each widened to its child terms.</summary>
    public IReadOnlyList<Guid>? Terms(TaxonomySnapshot taxonomy, string name, IReadOnlyList<string> values)
    {
        var found = new List<Guid>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (taxonomy.Find(value) is { } term)
            {
                found.Add(term.Id);
            }
            else
            {
                errors.Add(name, $"'{value}' is not a taxonomy term; see GET /taxonomy_terms.");
            }
        }
        return found.Count == 0 ? null : taxonomy.WithDescendants(found);
    }
}
