using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace SocialPrescribing.Edge;

/// <summary>
/// A JSON contract modifier that checks every object a request body becomes, once it is read:
/// text within its limit (<see cref="StringLengthAttribute"/> or <see cref="MaxLengthAttribute"/> on
/// the property or record parameter, else <see cref="TextRule.DefaultMaxLength"/>) and free of control
/// characters, no empty (null) items in lists (unless the list's items are declared nullable values,
/// such as <c>int?</c>, where null is an answer: "prefer not to say"), dates within <see cref="PlausibleDates"/>, and every
/// DateTimeOffset turned to UTC (PostgreSQL's timestamptz takes no other offset through Npgsql).
/// A breach throws <see cref="InvalidFieldsException"/> naming each field.
/// </summary>
public static class RequestShape
{
    public static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        var checks = typeInfo.Properties.Select(FieldCheck.For).OfType<FieldCheck>().ToArray();
        if (checks.Length == 0)
        {
            return;
        }
        var earlier = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = value =>
        {
            earlier?.Invoke(value);
            var errors = new Dictionary<string, string[]>();
            foreach (var check in checks)
            {
                check.Apply(value, errors);
            }
            if (errors.Count > 0)
            {
                throw new InvalidFieldsException(errors);
            }
        };
    }

    private sealed class FieldCheck(JsonPropertyInfo property, Type type, int maxLength)
    {
        public static FieldCheck? For(JsonPropertyInfo property)
        {
            if (property.Get is null)
            {
                return null;
            }
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var checkable = type == typeof(string) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
                || (typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type));
            return checkable ? new FieldCheck(property, type, MaxLengthOf(property)) : null;
        }

        public void Apply(object owner, Dictionary<string, string[]> errors)
        {
            var value = property.Get!(owner);
            var problem = value switch
            {
                null => null,
                string text => TextRule.Problem(text, maxLength),
                DateOnly date => PlausibleDates.Contains(date) ? null : PlausibleDates.Message,
                DateTime instant => PlausibleDates.Contains(instant) ? null : PlausibleDates.Message,
                DateTimeOffset instant => ToUtc(owner, instant),
                IEnumerable items => CheckItems(items, errors),
                _ => null,
            };
            if (problem is not null)
            {
                errors[property.Name] = [problem];
            }
        }

        private string? ToUtc(object owner, DateTimeOffset instant)
        {
            if (!PlausibleDates.Contains(instant))
            {
                return PlausibleDates.Message;
            }
            if (instant.Offset != TimeSpan.Zero)
            {
                Set(owner, instant.ToUniversalTime());
            }
            return null;
        }

        /// <summary>Records bind through their constructor, so the contract may have no setter: the init accessor is used then.</summary>
        private void Set(object owner, object value)
        {
            if (property.Set is { } set)
            {
                set(owner, value);
            }
            else if (property.AttributeProvider is PropertyInfo { CanWrite: true } info)
            {
                info.SetValue(owner, value);
            }
        }

        private string? CheckItems(IEnumerable items, Dictionary<string, string[]> errors)
        {
            if (type == typeof(string))
            {
                return null;
            }
            var index = 0;
            foreach (var item in items)
            {
                var problem = item switch
                {
                    null when !HasNullableValueItems => "A list cannot have an empty (null) item.",
                    string text => TextRule.Problem(text),
                    _ => null,
                };
                if (problem is not null)
                {
                    errors[$"{property.Name}[{index}]"] = [problem];
                }
                index++;
            }
            return null;
        }

        private bool HasNullableValueItems =>
            type.GetInterfaces().Append(type)
                .FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
                .GetGenericArguments()[0] is { } item && Nullable.GetUnderlyingType(item) is not null;

        private static int MaxLengthOf(JsonPropertyInfo property)
        {
            var attributes = new[] { property.AttributeProvider, property.AssociatedParameter?.AttributeProvider }
                .OfType<ICustomAttributeProvider>()
                .SelectMany(p => p.GetCustomAttributes(inherit: true));
            foreach (var attribute in attributes)
            {
                switch (attribute)
                {
                    case StringLengthAttribute length:
                        return length.MaximumLength;
                    case MaxLengthAttribute length when length.Length > 0:
                        return length.Length;
                }
            }
            return TextRule.DefaultMaxLength;
        }
    }
}
