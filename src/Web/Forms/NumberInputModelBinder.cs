using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SocialPrescribing.Web.Forms;

/// <summary>
/// Binds a decimal or double the way people type amounts (<see cref="TypedNumber"/>: "£1,000.50" is 1000.5).
/// Anything else keeps what was typed and says, in plain English, what to enter: "Enter {the field's display
/// name} as a number, like {its description}" (a field without them reads "Enter a number, like 12.5 or 1,500").
/// </summary>
public sealed class NumberInputModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue;
        var metadata = context.ModelMetadata;
        if (string.IsNullOrWhiteSpace(text) && metadata.IsReferenceOrNullableType)
        {
            // Left for [Required] to say "Enter …" when the number is needed.
            context.Result = ModelBindingResult.Success(null);
        }
        else if (TypedNumber.Read(text) is { } number && ToModel(number, metadata.UnderlyingOrModelType) is { } model)
        {
            context.Result = ModelBindingResult.Success(model);
        }
        else
        {
            context.ModelState.TryAddModelError(context.ModelName, MessageFor(metadata));
            context.Result = ModelBindingResult.Failed();
        }
        return Task.CompletedTask;
    }

    public static string MessageFor(ModelMetadata metadata) =>
        $"Enter {metadata.DisplayName ?? "a number"}{(metadata.DisplayName is null ? "" : " as a number")}, like {metadata.Description ?? "12.5 or 1,500"}";

    private static object? ToModel(decimal number, Type type)
    {
        if (type == typeof(decimal))
        {
            return number;
        }
        var real = (double)number;
        return double.IsFinite(real) ? real : null;
    }
}

/// <summary>Puts <see cref="NumberInputModelBinder"/> in front of every decimal and double the web binds.</summary>
public sealed class NumberInputModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType is var type && (type == typeof(decimal) || type == typeof(double)) ? new NumberInputModelBinder() : null;
}
