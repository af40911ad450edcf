package io.github.neuronkernel.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The C library's {@code exp} and {@code pow} as NEURON's Linux build calls them: glibc 2.28 and later on an x86-64
 * processor with FMA and AVX2 ({@code __exp_fma}, the algorithm of Arm's optimized routines, 2018),
 * reproduced operation for operation so that every result has the same bits.
 *
 * <p>{@code exp(x) = 2^(k/N) exp(r)} with {@code N = 128}, {@code x = k ln2/N + r} and {@code |r| <=
 * ln2/2N}; {@code 2^(k/N)} comes from a table and {@code exp(r) - 1} from a polynomial of degree 5.
 * glibc's fma build lets gcc fuse the multiply-adds that this class writes as {@link Math#fma};
 * the other operations round as written.
 *
 * <p>{@link Math#exp} differs from glibc in the last bit for about 0.3 % of the arguments of hh's
 * state update, and, as a call to a stub the compiler cannot see into, costs about twice as much as
 * this inlined form. It is used on Linux on x86-64 with FMA and AVX2, where NEURON's glibc picks
 * this build; the check does not look at which C library or version the system has (a musl or
 * pre-2.28 glibc system would still get glibc's results here). Elsewhere {@link #exp} is
 * {@link Math#exp}.
 */
public final class Libm {
    /** Whether {@link #exp} is glibc's fma build; otherwise it is {@link Math#exp}. */
    public static final boolean GLIBC_FMA = glibcFma();

    private static final double INV_LN2_N = Double.longBitsToDouble(0x40671547652b82feL); // N/ln2
    private static final double NEG_LN2_HI_N = Double.longBitsToDouble(0xbf762e42fefa0000L); // -ln2/N, high
    private static final double NEG_LN2_LO_N = Double.longBitsToDouble(0xbd0cf79abc9e3b3aL); // low part
    private static final double SHIFT = 0x1.8p52; // adding it rounds to an integer in the low bits
    // the polynomial's coefficients for r^2 .. r^5 (a minimax fit, near 1/2!, 1/3!, 1/4!, 1/5!)
    private static final double C2 = Double.longBitsToDouble(0x3fdffffffffffdbdL);
    private static final double C3 = Double.longBitsToDouble(0x3fc555555555543cL);
    private static final double C4 = Double.longBitsToDouble(0x3fa55555cf172b91L);
    private static final double C5 = Double.longBitsToDouble(0x3f81111167a4d017L);
    /**
     * Per j in 0..127, with H the double nearest 2^(j/128): the bits of the double nearest
     * {@code (2^(j/128) - H)/H}, then the bits of H minus {@code j << 45}. Computed (the test
     * recomputes them with BigDecimal); they equal glibc's {@code __exp_data.tab}.
     */
    private static final long[] TABLE = {
            0x0000000000000000L, 0x3ff0000000000000L, 0x3c9b3b4f1a88bf6eL, 0x3feff63da9fb3335L,
            0xbc7160139cd8dc5dL, 0x3fefec9a3e778061L, 0xbc905e7a108766d1L, 0x3fefe315e86e7f85L,
            0x3c8cd2523567f613L, 0x3fefd9b0d3158574L, 0xbc8bce8023f98efaL, 0x3fefd06b29ddf6deL,
            0x3c60f74e61e6c861L, 0x3fefc74518759bc8L, 0x3c90a3e45b33d399L, 0x3fefbe3ecac6f383L,
            0x3c979aa65d837b6dL, 0x3fefb5586cf9890fL, 0x3c8eb51a92fdeffcL, 0x3fefac922b7247f7L,
            0x3c3ebe3d702f9cd1L, 0x3fefa3ec32d3d1a2L, 0xbc6a033489906e0bL, 0x3fef9b66affed31bL,
            0xbc9556522a2fbd0eL, 0x3fef9301d0125b51L, 0xbc5080ef8c4eea55L, 0x3fef8abdc06c31ccL,
            0xbc91c923b9d5f416L, 0x3fef829aaea92de0L, 0x3c80d3e3e95c55afL, 0x3fef7a98c8a58e51L,
            0xbc801b15eaa59348L, 0x3fef72b83c7d517bL, 0xbc8f1ff055de323dL, 0x3fef6af9388c8deaL,
            0x3c8b898c3f1353bfL, 0x3fef635beb6fcb75L, 0xbc96d99c7611eb26L, 0x3fef5be084045cd4L,
            0x3c9aecf73e3a2f60L, 0x3fef54873168b9aaL, 0xbc8fe782cb86389dL, 0x3fef4d5022fcd91dL,
            0x3c8a6f4144a6c38dL, 0x3fef463b88628cd6L, 0x3c807a05b0e4047dL, 0x3fef3f49917ddc96L,
            0x3c968efde3a8a894L, 0x3fef387a6e756238L, 0x3c875e18f274487dL, 0x3fef31ce4fb2a63fL,
            0x3c80472b981fe7f2L, 0x3fef2b4565e27cddL, 0xbc96b87b3f71085eL, 0x3fef24dfe1f56381L,
            0x3c82f7e16d09ab31L, 0x3fef1e9df51fdee1L, 0xbc3d219b1a6fbffaL, 0x3fef187fd0dad990L,
            0x3c8b3782720c0ab4L, 0x3fef1285a6e4030bL, 0x3c6e149289cecb8fL, 0x3fef0cafa93e2f56L,
            0x3c834d754db0abb6L, 0x3fef06fe0a31b715L, 0x3c864201e2ac744cL, 0x3fef0170fc4cd831L,
            0x3c8fdd395dd3f84aL, 0x3feefc08b26416ffL, 0xbc86a3803b8e5b04L, 0x3feef6c55f929ff1L,
            0xbc924aedcc4b5068L, 0x3feef1a7373aa9cbL, 0xbc9907f81b512d8eL, 0x3feeecae6d05d866L,
            0xbc71d1e83e9436d2L, 0x3feee7db34e59ff7L, 0xbc991919b3ce1b15L, 0x3feee32dc313a8e5L,
            0x3c859f48a72a4c6dL, 0x3feedea64c123422L, 0xbc9312607a28698aL, 0x3feeda4504ac801cL,
            0xbc58a78f4817895bL, 0x3feed60a21f72e2aL, 0xbc7c2c9b67499a1bL, 0x3feed1f5d950a897L,
            0x3c4363ed60c2ac11L, 0x3feece086061892dL, 0x3c9666093b0664efL, 0x3feeca41ed1d0057L,
            0x3c6ecce1daa10379L, 0x3feec6a2b5c13cd0L, 0x3c93ff8e3f0f1230L, 0x3feec32af0d7d3deL,
            0x3c7690cebb7aafb0L, 0x3feebfdad5362a27L, 0x3c931dbdeb54e077L, 0x3feebcb299fddd0dL,
            0xbc8f94340071a38eL, 0x3feeb9b2769d2ca7L, 0xbc87deccdc93a349L, 0x3feeb6daa2cf6642L,
            0xbc78dec6bd0f385fL, 0x3feeb42b569d4f82L, 0xbc861246ec7b5cf6L, 0x3feeb1a4ca5d920fL,
            0x3c93350518fdd78eL, 0x3feeaf4736b527daL, 0x3c7b98b72f8a9b05L, 0x3feead12d497c7fdL,
            0x3c9063e1e21c5409L, 0x3feeab07dd485429L, 0x3c34c7855019c6eaL, 0x3feea9268a5946b7L,
            0x3c9432e62b64c035L, 0x3feea76f15ad2148L, 0xbc8ce44a6199769fL, 0x3feea5e1b976dc09L,
            0xbc8c33c53bef4da8L, 0x3feea47eb03a5585L, 0xbc845378892be9aeL, 0x3feea34634ccc320L,
            0xbc93cedd78565858L, 0x3feea23882552225L, 0x3c5710aa807e1964L, 0x3feea155d44ca973L,
            0xbc93b3efbf5e2228L, 0x3feea09e667f3bcdL, 0xbc6a12ad8734b982L, 0x3feea012750bdabfL,
            0xbc6367efb86da9eeL, 0x3fee9fb23c651a2fL, 0xbc80dc3d54e08851L, 0x3fee9f7df9519484L,
            0xbc781f647e5a3ecfL, 0x3fee9f75e8ec5f74L, 0xbc86ee4ac08b7db0L, 0x3fee9f9a48a58174L,
            0xbc8619321e55e68aL, 0x3fee9feb564267c9L, 0x3c909ccb5e09d4d3L, 0x3feea0694fde5d3fL,
            0xbc7b32dcb94da51dL, 0x3feea11473eb0187L, 0x3c94ecfd5467c06bL, 0x3feea1ed0130c132L,
            0x3c65ebe1abd66c55L, 0x3feea2f336cf4e62L, 0xbc88a1c52fb3cf42L, 0x3feea427543e1a12L,
            0xbc9369b6f13b3734L, 0x3feea589994cce13L, 0xbc805e843a19ff1eL, 0x3feea71a4623c7adL,
            0xbc94d450d872576eL, 0x3feea8d99b4492edL, 0x3c90ad675b0e8a00L, 0x3feeaac7d98a6699L,
            0x3c8db72fc1f0eab4L, 0x3feeace5422aa0dbL, 0xbc65b6609cc5e7ffL, 0x3feeaf3216b5448cL,
            0x3c7bf68359f35f44L, 0x3feeb1ae99157736L, 0xbc93091fa71e3d83L, 0x3feeb45b0b91ffc6L,
            0xbc5da9b88b6c1e29L, 0x3feeb737b0cdc5e5L, 0xbc6c23f97c90b959L, 0x3feeba44cbc8520fL,
            0xbc92434322f4f9aaL, 0x3feebd829fde4e50L, 0xbc85ca6cd7668e4bL, 0x3feec0f170ca07baL,
            0x3c71affc2b91ce27L, 0x3feec49182a3f090L, 0x3c6dd235e10a73bbL, 0x3feec86319e32323L,
            0xbc87c50422622263L, 0x3feecc667b5de565L, 0x3c8b1c86e3e231d5L, 0x3feed09bec4a2d33L,
            0xbc91bbd1d3bcbb15L, 0x3feed503b23e255dL, 0x3c90cc319cee31d2L, 0x3feed99e1330b358L,
            0x3c8469846e735ab3L, 0x3feede6b5579fdbfL, 0xbc82dfcd978e9db4L, 0x3feee36bbfd3f37aL,
            0x3c8c1a7792cb3387L, 0x3feee89f995ad3adL, 0xbc907b8f4ad1d9faL, 0x3feeee07298db666L,
            0xbc55c3d956dcaebaL, 0x3feef3a2b84f15fbL, 0xbc90a40e3da6f640L, 0x3feef9728de5593aL,
            0xbc68d6f438ad9334L, 0x3feeff76f2fb5e47L, 0xbc91eee26b588a35L, 0x3fef05b030a1064aL,
            0x3c74ffd70a5fddcdL, 0x3fef0c1e904bc1d2L, 0xbc91bdfbfa9298acL, 0x3fef12c25bd71e09L,
            0x3c736eae30af0cb3L, 0x3fef199bdd85529cL, 0x3c8ee3325c9ffd94L, 0x3fef20ab5fffd07aL,
            0x3c84e08fd10959acL, 0x3fef27f12e57d14bL, 0x3c63cdaf384e1a67L, 0x3fef2f6d9406e7b5L,
            0x3c676b2c6c921968L, 0x3fef3720dcef9069L, 0xbc808a1883ccb5d2L, 0x3fef3f0b555dc3faL,
            0xbc8fad5d3ffffa6fL, 0x3fef472d4a07897cL, 0xbc900dae3875a949L, 0x3fef4f87080d89f2L,
            0x3c74a385a63d07a7L, 0x3fef5818dcfba487L, 0xbc82919e2040220fL, 0x3fef60e316c98398L,
            0x3c8e5a50d5c192acL, 0x3fef69e603db3285L, 0x3c843a59ac016b4bL, 0x3fef7321f301b460L,
            0xbc82d52107b43e1fL, 0x3fef7c97337b9b5fL, 0xbc892ab93b470dc9L, 0x3fef864614f5a129L,
            0x3c74b604603a88d3L, 0x3fef902ee78b3ff6L, 0x3c83c5ec519d7271L, 0x3fef9a51fbc74c83L,
            0xbc8ff7128fd391f0L, 0x3fefa4afa2a490daL, 0xbc8dae98e223747dL, 0x3fefaf482d8e67f1L,
            0x3c8ec3bc41aa2008L, 0x3fefba1bee615a27L, 0x3c842b94c3a9eb32L, 0x3fefc52b376bba97L,
            0x3c8a64a931d185eeL, 0x3fefd0765b6e4540L, 0xbc8e37bae43be3edL, 0x3fefdbfdad9cbe14L,
            0x3c77893b4d91cd9dL, 0x3fefe7c1819e90d8L, 0x3c5305c14160cc89L, 0x3feff3c22b8f71f1L,
    };


    // ---- pow: log(x) in extra precision (a table of 128 intervals), times y, then exp with a tail

    /** The start of the table's first interval, as bits: x = 2^k z with z in [0x1.69555p-1, 0x1.69555p0). */
    private static final long POW_OFF = 0x3fe6955500000000L;
    private static final double POW_LN2_HI = Double.longBitsToDouble(0x3fe62e42fefa3800L); // ln2, high part
    private static final double POW_LN2_LO = Double.longBitsToDouble(0x3d2ef35793c76730L); // ln2 - high part
    // log1p(r) - r = A0 r^2 + ... + A6 r^8 on |r| < 1/128 (a minimax fit near -1/2, 1/3, -1/4, ...)
    private static final double A0 = -0.5;
    private static final double A1 = 0x1.555555555556p-2 * -2;
    private static final double A2 = -0x1.0000000000006p-2 * -2;
    private static final double A3 = 0x1.999999959554ep-3 * 4;
    private static final double A4 = -0x1.555555529a47ap-3 * 4;
    private static final double A5 = 0x1.2495b9b4845e9p-3 * -8;
    private static final double A6 = -0x1.0002b8b263fc3p-3 * -8;
    /**
     * Per interval i of z (bits {@code POW_OFF + i 2^45} on), the bits of: 1/c, with c near the
     * interval's centre and 1/c a multiple of 1/128 (of 1/256 below 1), so that z/c - 1 is exact;
     * log(c) rounded to a multiple of 2^-43; the rest of log(c), rounded to double. Computed (the
     * test recomputes them with BigDecimal); they equal glibc's {@code __pow_log_data.tab}.
     */
    private static final long[] POW_LOG = {
            0x3ff6a00000000000L, 0xbfd62c82f2b9c800L, 0x3cfab42428375680L,
            0x3ff6800000000000L, 0xbfd5d1bdbf580800L, 0xbd1ca508d8e0f720L,
            0x3ff6600000000000L, 0xbfd5767717455800L, 0xbd2362a4d5b6506dL,
            0x3ff6400000000000L, 0xbfd51aad872df800L, 0xbce684e49eb067d5L,
            0x3ff6200000000000L, 0xbfd4be5f95777800L, 0xbd041b6993293ee0L,
            0x3ff6000000000000L, 0xbfd4618bc21c6000L, 0x3d13d82f484c84ccL,
            0x3ff5e00000000000L, 0xbfd404308686a800L, 0x3cdc42f3ed820b3aL,
            0x3ff5c00000000000L, 0xbfd3a64c55694800L, 0x3d20b1c686519460L,
            0x3ff5a00000000000L, 0xbfd347dd9a988000L, 0x3d25594dd4c58092L,
            0x3ff5800000000000L, 0xbfd2e8e2bae12000L, 0x3d267b1e99b72bd8L,
            0x3ff5600000000000L, 0xbfd2895a13de8800L, 0x3d15ca14b6cfb03fL,
            0x3ff5600000000000L, 0xbfd2895a13de8800L, 0x3d15ca14b6cfb03fL,
            0x3ff5400000000000L, 0xbfd22941fbcf7800L, 0xbd165a242853da76L,
            0x3ff5200000000000L, 0xbfd1c898c1699800L, 0xbd1fafbc68e75404L,
            0x3ff5000000000000L, 0xbfd1675cababa800L, 0x3d1f1fc63382a8f0L,
            0x3ff4e00000000000L, 0xbfd1058bf9ae4800L, 0xbd26a8c4fd055a66L,
            0x3ff4c00000000000L, 0xbfd0a324e2739000L, 0xbd0c6bee7ef4030eL,
            0x3ff4a00000000000L, 0xbfd0402594b4d000L, 0xbcf036b89ef42d7fL,
            0x3ff4a00000000000L, 0xbfd0402594b4d000L, 0xbcf036b89ef42d7fL,
            0x3ff4800000000000L, 0xbfcfb9186d5e4000L, 0x3d0d572aab993c87L,
            0x3ff4600000000000L, 0xbfcef0adcbdc6000L, 0x3d2b26b79c86af24L,
            0x3ff4400000000000L, 0xbfce27076e2af000L, 0xbd172f4f543fff10L,
            0x3ff4200000000000L, 0xbfcd5c216b4fc000L, 0x3d21ba91bbca681bL,
            0x3ff4000000000000L, 0xbfcc8ff7c79aa000L, 0x3d27794f689f8434L,
            0x3ff4000000000000L, 0xbfcc8ff7c79aa000L, 0x3d27794f689f8434L,
            0x3ff3e00000000000L, 0xbfcbc286742d9000L, 0x3d194eb0318bb78fL,
            0x3ff3c00000000000L, 0xbfcaf3c94e80c000L, 0x3cba4e633fcd9066L,
            0x3ff3a00000000000L, 0xbfca23bc1fe2b000L, 0xbd258c64dc46c1eaL,
            0x3ff3a00000000000L, 0xbfca23bc1fe2b000L, 0xbd258c64dc46c1eaL,
            0x3ff3800000000000L, 0xbfc9525a9cf45000L, 0xbd2ad1d904c1d4e3L,
            0x3ff3600000000000L, 0xbfc87fa06520d000L, 0x3d2bbdbf7fdbfa09L,
            0x3ff3400000000000L, 0xbfc7ab890210e000L, 0x3d2bdb9072534a58L,
            0x3ff3400000000000L, 0xbfc7ab890210e000L, 0x3d2bdb9072534a58L,
            0x3ff3200000000000L, 0xbfc6d60fe719d000L, 0xbd10e46aa3b2e266L,
            0x3ff3000000000000L, 0xbfc5ff3070a79000L, 0xbd1e9e439f105039L,
            0x3ff3000000000000L, 0xbfc5ff3070a79000L, 0xbd1e9e439f105039L,
            0x3ff2e00000000000L, 0xbfc526e5e3a1b000L, 0xbd20de8b90075b8fL,
            0x3ff2c00000000000L, 0xbfc44d2b6ccb8000L, 0x3d170cc16135783cL,
            0x3ff2c00000000000L, 0xbfc44d2b6ccb8000L, 0x3d170cc16135783cL,
            0x3ff2a00000000000L, 0xbfc371fc201e9000L, 0x3cf178864d27543aL,
            0x3ff2800000000000L, 0xbfc29552f81ff000L, 0xbd248d301771c408L,
            0x3ff2600000000000L, 0xbfc1b72ad52f6000L, 0xbd2e80a41811a396L,
            0x3ff2600000000000L, 0xbfc1b72ad52f6000L, 0xbd2e80a41811a396L,
            0x3ff2400000000000L, 0xbfc0d77e7cd09000L, 0x3d0a699688e85bf4L,
            0x3ff2400000000000L, 0xbfc0d77e7cd09000L, 0x3d0a699688e85bf4L,
            0x3ff2200000000000L, 0xbfbfec9131dbe000L, 0xbd2575545ca333f2L,
            0x3ff2000000000000L, 0xbfbe27076e2b0000L, 0x3d2a342c2af0003cL,
            0x3ff2000000000000L, 0xbfbe27076e2b0000L, 0x3d2a342c2af0003cL,
            0x3ff1e00000000000L, 0xbfbc5e548f5bc000L, 0xbd1d0c57585fbe06L,
            0x3ff1c00000000000L, 0xbfba926d3a4ae000L, 0x3d253935e85baac8L,
            0x3ff1c00000000000L, 0xbfba926d3a4ae000L, 0x3d253935e85baac8L,
            0x3ff1a00000000000L, 0xbfb8c345d631a000L, 0x3d137c294d2f5668L,
            0x3ff1a00000000000L, 0xbfb8c345d631a000L, 0x3d137c294d2f5668L,
            0x3ff1800000000000L, 0xbfb6f0d28ae56000L, 0xbd269737c93373daL,
            0x3ff1600000000000L, 0xbfb51b073f062000L, 0x3d1f025b61c65e57L,
            0x3ff1600000000000L, 0xbfb51b073f062000L, 0x3d1f025b61c65e57L,
            0x3ff1400000000000L, 0xbfb341d7961be000L, 0x3d2c5edaccf913dfL,
            0x3ff1400000000000L, 0xbfb341d7961be000L, 0x3d2c5edaccf913dfL,
            0x3ff1200000000000L, 0xbfb16536eea38000L, 0x3d147c5e768fa309L,
            0x3ff1000000000000L, 0xbfaf0a30c0118000L, 0x3d2d599e83368e91L,
            0x3ff1000000000000L, 0xbfaf0a30c0118000L, 0x3d2d599e83368e91L,
            0x3ff0e00000000000L, 0xbfab42dd71198000L, 0x3d1c827ae5d6704cL,
            0x3ff0e00000000000L, 0xbfab42dd71198000L, 0x3d1c827ae5d6704cL,
            0x3ff0c00000000000L, 0xbfa77458f632c000L, 0xbd2cfc4634f2a1eeL,
            0x3ff0c00000000000L, 0xbfa77458f632c000L, 0xbd2cfc4634f2a1eeL,
            0x3ff0a00000000000L, 0xbfa39e87b9fec000L, 0x3cf502b7f526feaaL,
            0x3ff0a00000000000L, 0xbfa39e87b9fec000L, 0x3cf502b7f526feaaL,
            0x3ff0800000000000L, 0xbf9f829b0e780000L, 0xbd2980267c7e09e4L,
            0x3ff0800000000000L, 0xbf9f829b0e780000L, 0xbd2980267c7e09e4L,
            0x3ff0600000000000L, 0xbf97b91b07d58000L, 0xbd288d5493faa639L,
            0x3ff0400000000000L, 0xbf8fc0a8b0fc0000L, 0xbcdf1e7cf6d3a69cL,
            0x3ff0400000000000L, 0xbf8fc0a8b0fc0000L, 0xbcdf1e7cf6d3a69cL,
            0x3ff0200000000000L, 0xbf7fe02a6b100000L, 0xbd19e23f0dda40e4L,
            0x3ff0200000000000L, 0xbf7fe02a6b100000L, 0xbd19e23f0dda40e4L,
            0x3ff0000000000000L, 0x0000000000000000L, 0x0000000000000000L,
            0x3ff0000000000000L, 0x0000000000000000L, 0x0000000000000000L,
            0x3fefc00000000000L, 0x3f80101575890000L, 0xbd10c76b999d2be8L,
            0x3fef800000000000L, 0x3f90205658938000L, 0xbd23dc5b06e2f7d2L,
            0x3fef400000000000L, 0x3f98492528c90000L, 0xbd2aa0ba325a0c34L,
            0x3fef000000000000L, 0x3fa0415d89e74000L, 0x3d0111c05cf1d753L,
            0x3feec00000000000L, 0x3fa466aed42e0000L, 0xbd2c167375bdfd28L,
            0x3fee800000000000L, 0x3fa894aa149fc000L, 0xbd197995d05a267dL,
            0x3fee400000000000L, 0x3faccb73cdddc000L, 0xbd1a68f247d82807L,
            0x3fee200000000000L, 0x3faeea31c006c000L, 0xbd0e113e4fc93b7bL,
            0x3fede00000000000L, 0x3fb1973bd1466000L, 0xbd25325d560d9e9bL,
            0x3feda00000000000L, 0x3fb3bdf5a7d1e000L, 0x3d2cc85ea5db4ed7L,
            0x3fed600000000000L, 0x3fb5e95a4d97a000L, 0xbd2c69063c5d1d1eL,
            0x3fed400000000000L, 0x3fb700d30aeac000L, 0x3cec1e8da99ded32L,
            0x3fed000000000000L, 0x3fb9335e5d594000L, 0x3d23115c3abd47daL,
            0x3fecc00000000000L, 0x3fbb6ac88dad6000L, 0xbd1390802bf768e5L,
            0x3feca00000000000L, 0x3fbc885801bc4000L, 0x3d2646d1c65aacd3L,
            0x3fec600000000000L, 0x3fbec739830a2000L, 0xbd2dc068afe645e0L,
            0x3fec400000000000L, 0x3fbfe89139dbe000L, 0xbd2534d64fa10afdL,
            0x3fec000000000000L, 0x3fc1178e8227e000L, 0x3d21ef78ce2d07f2L,
            0x3febe00000000000L, 0x3fc1aa2b7e23f000L, 0x3d2ca78e44389934L,
            0x3feba00000000000L, 0x3fc2d1610c868000L, 0x3d039d6ccb81b4a1L,
            0x3feb800000000000L, 0x3fc365fcb0159000L, 0x3cc62fa8234b7289L,
            0x3feb400000000000L, 0x3fc4913d8333b000L, 0x3d25837954fdb678L,
            0x3feb200000000000L, 0x3fc527e5e4a1b000L, 0x3d2633e8e5697dc7L,
            0x3feae00000000000L, 0x3fc6574ebe8c1000L, 0x3d19cf8b2c3c2e78L,
            0x3feac00000000000L, 0x3fc6f0128b757000L, 0xbd25118de59c21e1L,
            0x3feaa00000000000L, 0x3fc7898d85445000L, 0xbd1c661070914305L,
            0x3fea600000000000L, 0x3fc8beafeb390000L, 0xbd073d54aae92cd1L,
            0x3fea400000000000L, 0x3fc95a5adcf70000L, 0x3d07f22858a0ff6fL,
            0x3fea000000000000L, 0x3fca93ed3c8ae000L, 0xbd28724350562169L,
            0x3fe9e00000000000L, 0x3fcb31d8575bd000L, 0xbd0c358d4eace1aaL,
            0x3fe9c00000000000L, 0x3fcbd087383be000L, 0xbd2d4bc4595412b6L,
            0x3fe9a00000000000L, 0x3fcc6ffbc6f01000L, 0xbcf1ec72c5962bd2L,
            0x3fe9600000000000L, 0x3fcdb13db0d49000L, 0xbd2aff2af715b035L,
            0x3fe9400000000000L, 0x3fce530effe71000L, 0x3cc212276041f430L,
            0x3fe9200000000000L, 0x3fcef5ade4dd0000L, 0xbcca211565bb8e11L,
            0x3fe9000000000000L, 0x3fcf991c6cb3b000L, 0x3d1bcbecca0cdf30L,
            0x3fe8c00000000000L, 0x3fd07138604d5800L, 0x3cf89cdb16ed4e91L,
            0x3fe8a00000000000L, 0x3fd0c42d67616000L, 0x3d27188b163ceae9L,
            0x3fe8800000000000L, 0x3fd1178e8227e800L, 0xbd2c210e63a5f01cL,
            0x3fe8600000000000L, 0x3fd16b5ccbacf800L, 0x3d2b9acdf7a51681L,
            0x3fe8400000000000L, 0x3fd1bf99635a6800L, 0x3d2ca6ed5147bdb7L,
            0x3fe8200000000000L, 0x3fd214456d0eb800L, 0x3d0a87deba46baeaL,
            0x3fe7e00000000000L, 0x3fd2bef07cdc9000L, 0x3d2a9cfa4a5004f4L,
            0x3fe7c00000000000L, 0x3fd314f1e1d36000L, 0xbd28e27ad3213cb8L,
            0x3fe7a00000000000L, 0x3fd36b6776be1000L, 0x3d116ecdb0f177c8L,
            0x3fe7800000000000L, 0x3fd3c25277333000L, 0x3d183b54b606bd5cL,
            0x3fe7600000000000L, 0x3fd419b423d5e800L, 0x3d08e436ec90e09dL,
            0x3fe7400000000000L, 0x3fd4718dc271c800L, 0xbd2f27ce0967d675L,
            0x3fe7200000000000L, 0x3fd4c9e09e173000L, 0xbd2e20891b0ad8a4L,
            0x3fe7000000000000L, 0x3fd522ae0738a000L, 0x3d2ebe708164c759L,
            0x3fe6e00000000000L, 0x3fd57bf753c8d000L, 0x3d1fadedee5d40efL,
            0x3fe6c00000000000L, 0x3fd5d5bddf596000L, 0xbd0a0b2a08a465dcL,
    };

    private Libm() {}

    /** @return e^x, bit for bit glibc's on the platforms named in the class description */
    public static double exp(double x) {
        if (!GLIBC_FMA) {
            return Math.exp(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        int top = (int) (bits >>> 52) & 0x7ff;
        if (top - 0x3c9 >= 0x3f || top < 0x3c9) { // not 2^-54 <= |x| < 512
            return outside(x, bits, top);
        }
        return reduced(x, false);
    }

    /** The main path; {@code large} for 512 <= |x| < 1024, where 2^k needs care. */
    private static double reduced(double x, boolean large) {
        double kd = Math.fma(x, INV_LN2_N, SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        int j = 2 * ((int) ki & 0x7f);
        double tail = Double.longBitsToDouble(TABLE[j]);
        long scaleBits = TABLE[j + 1] + (ki << 45);
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(Math.fma(r, C3, C2), r2, r + tail));
        if (large) {
            return largeScale(tmp, scaleBits, ki);
        }
        double scale = Double.longBitsToDouble(scaleBits);
        return Math.fma(scale, tmp, scale);
    }

    /** Tiny |x|, |x| >= 512, infinities and NaN. */
    private static double outside(double x, long bits, int top) {
        if (top < 0x3c9) {
            return 1.0 + x;
        }
        if (top >= 0x409) { // |x| >= 1024
            if (bits == 0xfff0000000000000L) {
                return 0.0;
            }
            if (top == 0x7ff) {
                return 1.0 + x;
            }
            return bits < 0 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        return reduced(x, true);
    }

    /** glibc's {@code specialcase}: overflow, and results near or below the smallest normal. */
    private static double largeScale(double tmp, long scaleBits, long ki) {
        if ((ki & 0x80000000L) == 0) {
            double scale = Double.longBitsToDouble(scaleBits - (1009L << 52));
            return 0x1p1009 * Math.fma(scale, tmp, scale);
        }
        double scale = Double.longBitsToDouble(scaleBits + (1022L << 52));
        double st = scale * tmp;
        double y = scale + st;
        if (y < 1.0) { // subnormal result: round once, at the end
            double lo = scale - y + st;
            double hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0.0) {
                y = 0.0; // not -0.0
            }
        }
        return 0x1p-1022 * y;
    }

    /**
     * @return x^y, bit for bit glibc's {@code pow} on the platforms named in the class description
     *     (elsewhere {@link Math#pow}); C's special cases: pow(x, 0) = 1 and pow(1, y) = 1 even for
     *     NaN, pow(-1, infinity) = 1, NaN for a negative x and a y that is not an integer
     */
    public static double pow(double x, double y) {
        if (!GLIBC_FMA) {
            return Math.pow(x, y);
        }
        long ix = Double.doubleToRawLongBits(x);
        long iy = Double.doubleToRawLongBits(y);
        int topx = (int) (ix >>> 52);
        int topy = (int) (iy >>> 52) & 0x7ff;
        long signBias = 0;
        if (Integer.compareUnsigned(topx - 0x001, 0x7ff - 0x001) >= 0
                || Integer.compareUnsigned(topy - 0x3be, 0x43e - 0x3be) >= 0) {
            // x <= 0, subnormal, infinite or NaN; or |y| < 2^-65, |y| >= 2^63, or y infinite or NaN
            if (isZeroInfNan(iy)) {
                return powOfSpecialY(x, y, ix, iy);
            }
            if (isZeroInfNan(ix)) {
                double x2 = x * x;
                if (ix < 0 && integerKind(iy) == 1) {
                    x2 = -x2;
                }
                return iy < 0 ? 1 / x2 : x2;
            }
            if (ix < 0) { // finite x < 0
                int kind = integerKind(iy);
                if (kind == 0) {
                    return Double.NaN;
                }
                if (kind == 1) {
                    signBias = 0x800L << 7;
                }
                ix &= 0x7fffffffffffffffL;
                topx &= 0x7ff;
            }
            if (Integer.compareUnsigned(topy - 0x3be, 0x43e - 0x3be) >= 0) { // y is even here when x < 0
                if (ix == 0x3ff0000000000000L) {
                    return 1.0;
                }
                if (topy < 0x3be) { // |y| < 2^-65: x^y = 1 + y log(x), rounded
                    return ix > 0x3ff0000000000000L ? 1.0 + y : 1.0 - y;
                }
                return (ix > 0x3ff0000000000000L) == (iy >= 0) ? Double.POSITIVE_INFINITY : 0.0;
            }
            if (topx == 0) { // subnormal x: normalised, with a negative exponent
                ix = Double.doubleToRawLongBits(x * 0x1p52) & 0x7fffffffffffffffL;
                ix -= 52L << 52;
            }
        }
        // log(x) = hi + lo
        long tmp = ix - POW_OFF;
        int i = 3 * (int) ((tmp >>> 45) & 127);
        double kd = tmp >> 52;
        double z = Double.longBitsToDouble(ix - (tmp & (0xfffL << 52)));
        double invc = Double.longBitsToDouble(POW_LOG[i]);
        double logc = Double.longBitsToDouble(POW_LOG[i + 1]);
        double logctail = Double.longBitsToDouble(POW_LOG[i + 2]);
        double r = Math.fma(z, invc, -1.0); // exact
        double t1 = Math.fma(kd, POW_LN2_HI, logc);
        double t2 = t1 + r;
        double lo1 = Math.fma(kd, POW_LN2_LO, logctail);
        double lo2 = t1 - t2 + r;
        double ar = A0 * r;
        double ar2 = r * ar;
        double ar3 = r * ar2;
        double hi = t2 + ar2;
        double lo3 = Math.fma(ar, r, -ar2);
        double lo4 = t2 - hi + ar2;
        double poly = Math.fma(ar2, Math.fma(ar2, Math.fma(r, A6, A5), Math.fma(r, A4, A3)), Math.fma(r, A2, A1));
        double lo = Math.fma(ar3, poly, lo1 + lo2 + lo3 + lo4);
        double logHi = hi + lo;
        double logLo = hi - logHi + lo;
        // y log(x) = ehi + elo, then exp
        double ehi = y * logHi;
        double elo = Math.fma(y, logLo, Math.fma(y, logHi, -ehi));
        return expWithTail(ehi, elo, signBias);
    }

    /** pow for y = 0, infinite or NaN. */
    private static double powOfSpecialY(double x, double y, long ix, long iy) {
        if (2 * iy == 0) {
            return 1.0;
        }
        if (ix == 0x3ff0000000000000L) {
            return 1.0;
        }
        if (Long.compareUnsigned(2 * ix, 2 * 0x7ff0000000000000L) > 0
                || Long.compareUnsigned(2 * iy, 2 * 0x7ff0000000000000L) > 0) {
            return x + y; // NaN
        }
        if (2 * ix == 2 * 0x3ff0000000000000L) {
            return 1.0;
        }
        if (Long.compareUnsigned(2 * ix, 2 * 0x3ff0000000000000L) < 0 == (iy >= 0)) {
            return 0.0; // |x| < 1 and y = +inf, or |x| > 1 and y = -inf
        }
        return y * y;
    }

    /** Whether the bits are those of a zero, an infinity or a NaN. */
    private static boolean isZeroInfNan(long bits) {
        return Long.compareUnsigned(2 * bits - 1, 2 * 0x7ff0000000000000L - 1) >= 0;
    }

    /** @return 0 if the finite non-zero double with these bits is not an integer, 1 if odd, 2 if even */
    private static int integerKind(long bits) {
        int e = (int) (bits >>> 52) & 0x7ff;
        if (e < 0x3ff) {
            return 0;
        }
        if (e > 0x3ff + 52) {
            return 2;
        }
        if ((bits & ((1L << (0x3ff + 52 - e)) - 1)) != 0) {
            return 0;
        }
        if ((bits & (1L << (0x3ff + 52 - e))) != 0) {
            return 1;
        }
        return 2;
    }

    /** sign exp(x + xtail) for pow, |xtail| tiny against x; signBias 0 or 2^18 (negative result). */
    private static double expWithTail(double x, double xtail, long signBias) {
        long bits = Double.doubleToRawLongBits(x);
        int abstop = (int) (bits >>> 52) & 0x7ff;
        boolean large = false;
        if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) { // not 2^-54 <= |x| < 512
            if (abstop < 0x3c9) {
                double one = 1.0 + x;
                return signBias != 0 ? -one : one;
            }
            if (abstop >= 0x409) { // |x| >= 1024: underflow or overflow
                if (bits < 0) {
                    return signBias != 0 ? -0.0 : 0.0;
                }
                return signBias != 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            large = true;
        }
        double kd = Math.fma(x, INV_LN2_N, SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        r += xtail;
        int j = 2 * ((int) ki & 0x7f);
        double tail = Double.longBitsToDouble(TABLE[j]);
        long scaleBits = TABLE[j + 1] + ((ki + signBias) << 45);
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(Math.fma(r, C3, C2), r2, r + tail));
        if (large) {
            return signedLargeScale(tmp, scaleBits, ki);
        }
        double scale = Double.longBitsToDouble(scaleBits);
        return Math.fma(scale, tmp, scale);
    }

    /** {@link #largeScale} for a scale that may be negative (pow of a negative x). */
    private static double signedLargeScale(double tmp, long scaleBits, long ki) {
        if ((ki & 0x80000000L) == 0) {
            double scale = Double.longBitsToDouble(scaleBits - (1009L << 52));
            return 0x1p1009 * Math.fma(scale, tmp, scale);
        }
        long signedScale = scaleBits + (1022L << 52); // the exponent's overflow into the sign bit undone
        double scale = Double.longBitsToDouble(signedScale);
        double st = scale * tmp;
        double y = scale + st;
        if (Math.abs(y) < 1.0) { // subnormal result: round once, at the end
            double one = y < 0.0 ? -1.0 : 1.0;
            double lo = scale - y + st;
            double hi = one + y;
            lo = one - hi + y + lo;
            y = (hi + lo) - one;
            if (y == 0.0) {
                y = Double.longBitsToDouble(signedScale & 0x8000000000000000L);
            }
        }
        return 0x1p-1022 * y;
    }

    /** glibc picks its fma build when the processor has FMA and AVX2 (Linux, x86-64 only here). */
    private static boolean glibcFma() {
        String arch = System.getProperty("os.arch", "");
        if (!System.getProperty("os.name", "").startsWith("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return false;
        }
        try (BufferedReader in = Files.newBufferedReader(Path.of("/proc/cpuinfo"))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("flags")) {
                    String flags = line + " ";
                    return flags.contains(" fma ") && flags.contains(" avx2 ");
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }
}
