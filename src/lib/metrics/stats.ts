/**
 * Small statistics helpers shared by the metrics: the standard normal CDF and
 * its inverse. Pure functions, no dependencies.
 */

/**
 * Standard normal cumulative distribution Φ(x).
 * Source: the Chebyshev-fitted complementary error function `erfcc` from
 * Press et al., Numerical Recipes in C (2nd ed., §6.2), fractional error
 * below 1.2e-7 everywhere.
 */
export function computeNormalCdf(x: number): number {
	const z = Math.abs(x) / Math.SQRT2;
	const t = 1 / (1 + 0.5 * z);
	const erfc =
		t *
		Math.exp(
			-z * z -
				1.26551223 +
				t *
					(1.00002368 +
						t *
							(0.37409196 +
								t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
		);
	return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Inverse of the standard normal CDF (the z for a probability).
 * Source: Peter Acklam's algorithm (relative error below 1.15e-9), widely
 * reproduced, e.g. in Wichura's AS241 comparisons.
 */
export function computeNormalQuantile(p: number): number {
	if (!(p > 0 && p < 1)) throw new RangeError('probability must be between 0 and 1');
	const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
	const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
	const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
	const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
	const low = 0.02425;
	if (p < low) {
		const q = Math.sqrt(-2 * Math.log(p));
		return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	}
	if (p > 1 - low) return -computeNormalQuantile(1 - p);
	const q = p - 0.5;
	const r = q * q;
	return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
