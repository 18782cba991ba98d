// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// A swap router that fails exactly the way Uniswap V2's router does: same require strings, same order of
/// checks, and it pulls the input token with transferFrom (so OpenZeppelin's allowance and balance errors surface).
contract MockRouter {
    IERC20 public immutable tokenIn;
    uint256 public rate; // output per input unit, set by the scenario to make a swap fall short

    constructor(IERC20 tokenIn_, uint256 rate_) {
        tokenIn = tokenIn_;
        rate = rate_;
    }

    function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address to, uint256 deadline)
        external
        returns (uint256 amountOut)
    {
        require(deadline >= block.timestamp, "UniswapV2Router: EXPIRED");
        amountOut = amountIn * rate;
        require(amountOut >= amountOutMin, "UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT");
        tokenIn.transferFrom(msg.sender, address(this), amountIn);
        (to);
    }
}
