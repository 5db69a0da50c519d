namespace System.Runtime.CompilerServices;

/// <summary>Lets records compile for netstandard2.0 (the compiler only needs the type to exist).</summary>
internal static class IsExternalInit;
