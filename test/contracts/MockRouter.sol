// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// A swap router that fails exactly the way Uniswap V2's router does: the same function and arguments (so its
/// input decodes as a V2 swap), the same require strings, the same order of checks, and it pulls the input token
/// with transferFrom (so OpenZeppelin's allowance and balance errors surface).
contract MockRouter {
    IERC20 public immutable tokenIn;
    uint256 public rate; // output per input unit, set by the scenario to make a swap fall short

    constructor(IERC20 tokenIn_, uint256 rate_) {
        tokenIn = tokenIn_;
        rate = rate_;
    }

    function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] calldata path, address to, uint256 deadline)
        external
        returns (uint256[] memory amounts)
    {
        require(deadline >= block.timestamp, "UniswapV2Router: EXPIRED");
        require(path.length >= 2 && path[0] == address(tokenIn), "UniswapV2Router: INVALID_PATH");
        amounts = new uint256[](path.length);
        amounts[0] = amountIn;
        amounts[path.length - 1] = amountIn * rate;
        require(amounts[path.length - 1] >= amountOutMin, "UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT");
        tokenIn.transferFrom(msg.sender, address(this), amountIn);
        (to);
    }
}
